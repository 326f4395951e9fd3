package io.crimelake.ui.application.port.in;

import io.crimelake.ui.domain.admin.AdminToken;

/** Checks an admin token before the console trusts it for the session. */
public interface VerifyAdminTokenUseCase {

    /**
     * @throws io.crimelake.ui.domain.admin.AdminTokenRejectedException when the token is refused
     * @throws io.crimelake.ui.domain.admin.AdminCallException when it could not be checked
     */
    void verify(AdminToken token);
}

package io.crimelake.ui.domain.admin;

/** The gateway or a service refused the admin token: 401 when none arrived, 403 when it is wrong or not configured. */
public final class AdminTokenRejectedException extends AdminCallException {

    public AdminTokenRejectedException(int status, String message) {
        super(status, message);
    }
}

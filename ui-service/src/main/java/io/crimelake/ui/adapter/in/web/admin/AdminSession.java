package io.crimelake.ui.adapter.in.web.admin;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.server.VaadinSession;
import io.crimelake.ui.domain.admin.AdminToken;
import java.util.Optional;

/**
 * Keeps the verified admin token in the Vaadin session only: server-side memory that ends with the session, never in
 * the URL, a cookie or the browser's storage.
 */
final class AdminSession {
    private final VaadinSession session;

    AdminSession(VaadinSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    Optional<AdminToken> token() {
        return Optional.ofNullable(session.getAttribute(AdminToken.class));
    }

    void remember(AdminToken token) {
        session.setAttribute(AdminToken.class, requireNonNull(token, "token is null"));
    }

    void forget() {
        session.setAttribute(AdminToken.class, null);
    }
}

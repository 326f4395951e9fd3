package io.crimelake.ingest.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdminTokenGuardTest {
    @Test
    void refusesEveryRequestWhenNoTokenIsConfigured() {
        assertThatThrownBy(() -> new AdminTokenGuard("").check("Bearer "))
                .isInstanceOf(AdminAccessDeniedException.class)
                .hasMessageContaining("ADMIN_TOKEN is not set");
    }

    @Test
    void acceptsTheConfiguredTokenWithAnyCaseOfBearer() {
        assertThatCode(() -> new AdminTokenGuard("abc").check("bearer abc")).doesNotThrowAnyException();
    }

    @Test
    void refusesOtherSchemes() {
        assertThatThrownBy(() -> new AdminTokenGuard("abc").check("Basic YWJjOmFiYw=="))
                .hasMessageContaining("Bearer");
    }
}

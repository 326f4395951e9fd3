package io.crimelake.lake.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AdminTokenInterceptorTest {
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void refusesEveryoneWhenNoTokenIsConfigured() {
        var interceptor = new AdminTokenInterceptor(" ");

        assertThatThrownBy(() -> interceptor.preHandle(bearer(""), response, new Object()))
                .isInstanceOfSatisfying(
                        AdminAccessException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN))
                .hasMessageContaining("ADMIN_TOKEN is not set");
    }

    @Test
    void admitsTheConfiguredBearerTokenInAnyCaseOfTheScheme() {
        var interceptor = new AdminTokenInterceptor("s3cret");
        var request = new MockHttpServletRequest();
        request.addHeader("Authorization", "bearer s3cret");

        assertThat(interceptor.preHandle(request, response, new Object())).isTrue();
    }

    @Test
    void tellsAMissingTokenFromAWrongOne() {
        var interceptor = new AdminTokenInterceptor("s3cret");

        assertThatThrownBy(() -> interceptor.preHandle(new MockHttpServletRequest(), response, new Object()))
                .isInstanceOfSatisfying(
                        AdminAccessException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
        assertThatThrownBy(() -> interceptor.preHandle(bearer("s3cre"), response, new Object()))
                .isInstanceOfSatisfying(
                        AdminAccessException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    private static MockHttpServletRequest bearer(String token) {
        var request = new MockHttpServletRequest();
        request.addHeader("Authorization", "Bearer " + token);
        return request;
    }
}

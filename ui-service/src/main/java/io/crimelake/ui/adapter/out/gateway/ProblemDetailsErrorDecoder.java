package io.crimelake.ui.adapter.out.gateway;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.crimelake.ui.domain.admin.AdminCallException;
import io.crimelake.ui.domain.admin.AdminTokenRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an error answer of the gateway or a service into an {@link AdminCallException} whose message is the RFC 9457
 * problem's {@code detail} (every CrimeLake service and the gateway answer errors that way); 401 and 403 become
 * {@link AdminTokenRejectedException}s. Configured per client in application.yml ({@code error-decoder}).
 */
public final class ProblemDetailsErrorDecoder implements ErrorDecoder {
    /** Problem bodies are small; a huge error page is cut rather than read whole. */
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        String message = problemText(response).orElse("the service answered HTTP " + status);
        if (status == 401 || status == 403) {
            return new AdminTokenRejectedException(status, message);
        }
        return new AdminCallException(status, message);
    }

    private static Optional<String> problemText(Response response) {
        if (response.body() == null) {
            return Optional.empty();
        }
        try (InputStream body = response.body().asInputStream()) {
            JsonNode problem = JSON.readTree(body.readNBytes(MAX_BODY_BYTES));
            return text(problem, "detail").or(() -> text(problem, "title"));
        } catch (IOException | JacksonException e) {
            // Not a problem document (say, a proxy's HTML page): the status alone has to do.
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode problem, String field) {
        JsonNode value = problem == null ? null : problem.get(field);
        return value != null && value.isString() && !value.asString().isBlank()
                ? Optional.of(value.asString())
                : Optional.empty();
    }
}

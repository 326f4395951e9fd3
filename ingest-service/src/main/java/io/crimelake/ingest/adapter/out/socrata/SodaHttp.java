package io.crimelake.ingest.adapter.out.socrata;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * What every request to a SODA portal shares: one HTTP client, the app token, the reading of statuses into
 * retryable or final failures, and the retry policy, so crime pages and reference datasets fail alike.
 */
final class SodaHttp {
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(202, 429, 500, 502, 503, 504);
    private static final int MAX_ERROR_DETAIL = 300;

    private final SodaSettings settings;
    private final HttpClient http;
    private final Retry retry;
    private final Clock clock;

    SodaHttp(SodaSettings settings, MeterRegistry meters, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.retry = SodaRetry.create(
                settings,
                Counter.builder("crimelake.ingest.retries")
                        .description("portal requests retried")
                        .register(meters));
    }

    SodaSettings settings() {
        return settings;
    }

    /**
     * Runs {@code attempt} under the retry policy.
     *
     * @throws SourceFailedException when the attempts are used up
     */
    <T> T withRetries(URI uri, Callable<T> attempt) throws Exception {
        try {
            return retry.executeCallable(attempt);
        } catch (RetryableSourceException e) {
            throw new SourceFailedException(
                    "gave up on " + uri.getPath() + " after " + settings.maxAttempts() + " attempts: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Sends one GET and returns the body of a 200 answer, guarded against a body that stops arriving.
     *
     * @throws RetryableSourceException on network errors and the statuses worth another attempt
     * @throws SourceFailedException on any other status
     */
    InputStream open(URI uri, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Accept", accept)
                .GET();
        if (settings.hasAppToken()) {
            request.header("X-App-Token", settings.appToken());
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new RetryableSourceException("request to " + uri.getPath() + " failed: " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailedException("interrupted while calling " + uri.getPath(), e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return new IdleTimeoutInputStream(response.body(), settings.requestTimeout());
        }
        String detail = errorDetail(response);
        if (RETRYABLE_STATUSES.contains(status)) {
            var retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After"), clock);
            throw new RetryableSourceException("HTTP " + status + ": " + detail, retryAfter.orElse(null), null);
        }
        throw new SourceFailedException("HTTP " + status + " from " + uri.getPath() + ": " + detail, null);
    }

    private static String errorDetail(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            String text = new String(body.readNBytes(MAX_ERROR_DETAIL), StandardCharsets.UTF_8);
            return text.replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            return "(no readable body)";
        }
    }
}

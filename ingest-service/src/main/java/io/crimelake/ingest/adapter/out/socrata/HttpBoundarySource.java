package io.crimelake.ingest.adapter.out.socrata;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.application.port.out.reference.BoundarySource;
import io.crimelake.ingest.domain.reference.CommunityAreaBoundaries;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the portal's community-area boundaries: {@code /api/views/{id}.json} for {@code rowsUpdatedAt}, and
 * {@code /resource/{id}.geojson} for the features, in one page (the dataset has 77 rows), with the same
 * retries as crime pages.
 */
public final class HttpBoundarySource implements BoundarySource {
    /** Far more features than any boundaries dataset holds: a full page means it is not one. */
    static final int PAGE_LIMIT = 5_000;

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(202, 429, 500, 502, 503, 504);
    private static final int MAX_ERROR_DETAIL = 300;

    private final SodaSettings settings;
    private final HttpClient http;
    private final Retry retry;
    private final Clock clock;

    public HttpBoundarySource(SodaSettings settings, MeterRegistry meters, Clock clock) {
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

    @Override
    public Instant lastUpdated(String datasetId) {
        URI uri = settings.baseUri().resolve("api/views/" + encode(datasetId) + ".json");
        return fetch(uri, BoundaryFeatures::rowsUpdatedAt);
    }

    @Override
    public CommunityAreaBoundaries fetch(String datasetId) {
        URI uri = URI.create(settings.baseUri().resolve("resource/" + encode(datasetId) + ".geojson") + "?"
                + encode("$limit") + "=" + PAGE_LIMIT);
        return fetch(uri, body -> BoundaryFeatures.read(body, PAGE_LIMIT));
    }

    private <T> T fetch(URI uri, Function<InputStream, T> reader) {
        try {
            return retry.executeCallable(() -> {
                try (InputStream body = open(uri)) {
                    return reader.apply(body);
                }
            });
        } catch (RetryableSourceException e) {
            throw new SourceFailedException(
                    "gave up on " + uri.getPath() + " after " + settings.maxAttempts() + " attempts: " + e.getMessage(),
                    e);
        } catch (SourceFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new SourceFailedException("cannot read " + uri.getPath() + ": " + e.getMessage(), e);
        }
    }

    private InputStream open(URI uri) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).GET();
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
            return new String(body.readNBytes(MAX_ERROR_DETAIL), StandardCharsets.UTF_8)
                    .replaceAll("\\s+", " ")
                    .strip();
        } catch (IOException e) {
            return "(no readable body)";
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

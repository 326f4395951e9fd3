package io.crimelake.ingest.adapter.out.socrata;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.PageRequest;
import io.crimelake.ingest.application.port.out.RowReceiver;
import io.crimelake.ingest.application.port.out.SocrataSource;
import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.domain.QueryWindow;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Reads a dataset from a SODA 2.x portal ({@code /resource/{id}.json}), paging by keyset on the key field in
 * key order, so rows are neither repeated nor skipped while the portal changes underneath.
 */
public final class HttpSocrataSource implements SocrataSource {
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(202, 429, 500, 502, 503, 504);
    private static final int MAX_ERROR_DETAIL = 300;

    private final SodaSettings settings;
    private final String keyField;
    private final SodaRowParser parser;
    private final HttpClient http;
    private final Retry retry;
    private final Clock clock;

    /**
     * @param keyField the dataset's unique numeric key, e.g. {@code id}
     * @param knownFields the fields the dataset defines; others are reported as unknown
     * @param meters where the retry counter is registered
     */
    public HttpSocrataSource(
            SodaSettings settings, String keyField, Set<String> knownFields, MeterRegistry meters, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.keyField = requireNonNull(keyField, "keyField is null");
        this.parser = new SodaRowParser(knownFields);
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
    public long countRows(String datasetId, QueryWindow window) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("$select", "count(*) AS total");
        parameters.put("$where", SoqlWindow.where(window));
        URI uri = SodaUris.resource(settings.baseUri(), datasetId, parameters);
        return withRetries(uri, () -> {
            try (InputStream body = open(uri)) {
                return SodaRowParser.parseCount(body);
            }
        });
    }

    @Override
    public <R extends RowReceiver> R fetchPage(PageRequest request, Attempts<R> attempts) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("$where", SoqlWindow.whereAfterKey(request.window(), keyField, request.afterKey()));
        parameters.put("$order", keyField);
        parameters.put("$limit", String.valueOf(request.limit()));
        URI uri = SodaUris.resource(settings.baseUri(), request.datasetId(), parameters);
        return withRetries(uri, () -> {
            R receiver = attempts.open();
            try (InputStream body = open(uri)) {
                receiver.unknownFields(parser.parse(body, receiver));
                return receiver;
            } catch (IOException | RuntimeException e) {
                receiver.discard();
                throw e;
            }
        });
    }

    private <T> T withRetries(URI uri, Callable<T> attempt) {
        try {
            return retry.executeCallable(attempt);
        } catch (RetryableSourceException e) {
            throw new SourceFailedException(
                    "gave up on " + uri.getPath() + " after " + settings.maxAttempts() + " attempts: " + e.getMessage(),
                    e);
        } catch (SourceFailedException | UncheckedIOException e) {
            throw e;
        } catch (IOException e) {
            // Only the receiver throws checked I/O errors here (network errors are retryable): staging failed.
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("unexpected failure reading " + uri.getPath(), e);
        }
    }

    private InputStream open(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
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

package io.crimelake.ingest.adapter.out.socrata;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.PageRequest;
import io.crimelake.ingest.application.port.out.RowReceiver;
import io.crimelake.ingest.application.port.out.SocrataSource;
import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.domain.QueryWindow;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
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
    private final SodaHttp soda;
    private final String keyField;
    private final SodaRowParser parser;

    /**
     * @param keyField the dataset's unique numeric key, e.g. {@code id}
     * @param knownFields the fields the dataset defines; others are reported as unknown
     * @param meters where the retry counter is registered
     */
    public HttpSocrataSource(
            SodaSettings settings, String keyField, Set<String> knownFields, MeterRegistry meters, Clock clock) {
        this.soda = new SodaHttp(settings, meters, clock);
        this.keyField = requireNonNull(keyField, "keyField is null");
        this.parser = new SodaRowParser(knownFields);
    }

    @Override
    public long countRows(String datasetId, QueryWindow window) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("$select", "count(*) AS total");
        parameters.put("$where", SoqlWindow.where(window));
        URI uri = SodaUris.resource(soda.settings().baseUri(), datasetId, parameters);
        return withRetries(uri, () -> {
            try (InputStream body = soda.open(uri, "application/json")) {
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
        URI uri = SodaUris.resource(soda.settings().baseUri(), request.datasetId(), parameters);
        return withRetries(uri, () -> {
            R receiver = attempts.open();
            try (InputStream body = soda.open(uri, "application/json")) {
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
            return soda.withRetries(uri, attempt);
        } catch (SourceFailedException | UncheckedIOException e) {
            throw e;
        } catch (IOException e) {
            // Only the receiver throws checked I/O errors here (network errors are retryable): staging failed.
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("unexpected failure reading " + uri.getPath(), e);
        }
    }
}

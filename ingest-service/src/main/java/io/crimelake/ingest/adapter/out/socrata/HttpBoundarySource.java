package io.crimelake.ingest.adapter.out.socrata;

import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.application.port.out.reference.BoundarySource;
import io.crimelake.ingest.domain.reference.CommunityAreaBoundaries;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * Reads the portal's community-area boundaries: {@code /api/views/{id}.json} for {@code rowsUpdatedAt}, and
 * {@code /resource/{id}.geojson} for the features, in one page (the dataset has 77 rows), with the same
 * retries as crime pages.
 */
public final class HttpBoundarySource implements BoundarySource {
    /** Far more features than any boundaries dataset holds: a full page means it is not one. */
    static final int PAGE_LIMIT = 5_000;

    private final SodaHttp soda;

    public HttpBoundarySource(SodaSettings settings, MeterRegistry meters, Clock clock) {
        this.soda = new SodaHttp(settings, meters, clock);
    }

    @Override
    public Instant lastUpdated(String datasetId) {
        URI uri = soda.settings().baseUri().resolve("api/views/" + encode(datasetId) + ".json");
        return fetch(uri, "application/json", BoundaryFeatures::rowsUpdatedAt);
    }

    @Override
    public CommunityAreaBoundaries fetch(String datasetId) {
        URI uri = URI.create(soda.settings().baseUri().resolve("resource/" + encode(datasetId) + ".geojson") + "?"
                + encode("$limit") + "=" + PAGE_LIMIT);
        return fetch(
                uri,
                "application/vnd.geo+json, application/json;q=0.9",
                body -> BoundaryFeatures.read(body, PAGE_LIMIT));
    }

    private <T> T fetch(URI uri, String accept, Function<InputStream, T> reader) {
        try {
            return soda.withRetries(uri, () -> {
                try (InputStream body = soda.open(uri, accept)) {
                    return reader.apply(body);
                }
            });
        } catch (SourceFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new SourceFailedException("cannot read " + uri.getPath() + ": " + e.getMessage(), e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

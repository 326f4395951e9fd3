package io.crimelake.analytics.adapter.in.web;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.BoundariesQuery;
import io.crimelake.analytics.domain.Boundaries;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The community-area outlines maps are drawn over, as a GeoJSON FeatureCollection (an empty one until
 * ingest-service has loaded the boundaries). The ETag is the boundaries version, so a client that keeps the
 * document revalidates it with a 304 instead of downloading it again.
 */
@RestController
@RequestMapping("/api/analytics")
class BoundariesController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final BoundariesQuery query;

    BoundariesController(BoundariesQuery query) {
        this.query = requireNonNull(query, "query is null");
    }

    @GetMapping("/boundaries")
    ResponseEntity<byte[]> boundaries(@RequestParam MultiValueMap<String, String> parameters, WebRequest request) {
        RequestParameters.only(parameters, List.of());
        Boundaries boundaries = query.boundaries();
        String etag = "\"" + boundaries.version() + "\"";
        if (request.checkNotModified(etag)) {
            return null; // Spring has written the 304 with the ETag
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .contentType(GEO_JSON)
                .body(boundaries.featureCollection());
    }
}

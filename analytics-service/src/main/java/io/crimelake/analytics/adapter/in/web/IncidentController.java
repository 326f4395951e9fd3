package io.crimelake.analytics.adapter.in.web;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.IncidentQuery;
import io.crimelake.analytics.application.port.in.MetaQuery;
import io.crimelake.analytics.domain.CrimeMap;
import io.crimelake.analytics.domain.IncidentPage;
import io.crimelake.analytics.domain.MapMode;
import io.crimelake.analytics.domain.Meta;
import io.crimelake.analytics.domain.PageRequest;
import io.crimelake.analytics.domain.Snapshotted;
import java.util.List;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The map, the incident table and the metadata under {@code /api/analytics}. */
@RestController
@RequestMapping("/api/analytics")
class IncidentController {
    private static final int DEFAULT_PAGE_SIZE = 50;

    private final IncidentQuery incidents;
    private final MetaQuery meta;

    IncidentController(IncidentQuery incidents, MetaQuery meta) {
        this.incidents = requireNonNull(incidents, "incidents is null");
        this.meta = requireNonNull(meta, "meta is null");
    }

    @GetMapping("/meta")
    Meta meta(@RequestParam MultiValueMap<String, String> parameters) {
        RequestParameters.only(parameters, List.of());
        return meta.meta();
    }

    @GetMapping("/map")
    Snapshotted<CrimeMap> map(@RequestParam MultiValueMap<String, String> parameters) {
        RequestParameters request = RequestParameters.withFilter(parameters, "mode");
        MapMode mode = request.single("mode").map(MapMode::parse).orElse(MapMode.AUTO);
        return incidents.map(request.filter(), mode);
    }

    @GetMapping("/incidents")
    Snapshotted<IncidentPage> incidents(@RequestParam MultiValueMap<String, String> parameters) {
        RequestParameters request = RequestParameters.withFilter(parameters, "page", "size");
        PageRequest page = new PageRequest(request.integer("page", 0), request.integer("size", DEFAULT_PAGE_SIZE));
        return incidents.incidents(request.filter(), page);
    }
}

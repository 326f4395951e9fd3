package io.crimelake.lake.adapter.in.web;

import io.crimelake.lake.application.port.in.QuarantineQuery;
import io.crimelake.lake.application.port.in.SnapshotQuery;
import io.crimelake.lake.domain.Snapshot;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Read endpoints for analytics and operators; {@code snapshots/current} is cheap to poll with If-None-Match. */
@RestController
@Validated
@RequestMapping("/api/lake")
class SnapshotController {
    private final SnapshotQuery snapshots;
    private final QuarantineQuery quarantine;

    SnapshotController(SnapshotQuery snapshots, QuarantineQuery quarantine) {
        this.snapshots = snapshots;
        this.quarantine = quarantine;
    }

    @GetMapping("/snapshots/current")
    ResponseEntity<SnapshotView> current(@RequestParam(defaultValue = "crimes") String dataset, WebRequest request) {
        Snapshot snapshot = currentOf(dataset);
        String etag = "\"" + snapshot.dataset() + "-" + snapshot.id() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(SnapshotView.fromDomain(snapshot));
    }

    @GetMapping("/snapshots")
    List<SnapshotView> recent(
            @RequestParam(defaultValue = "crimes") String dataset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(1000) int limit) {
        return snapshots.recent(KnownDatasets.require(dataset), limit).stream()
                .map(SnapshotView::fromDomain)
                .toList();
    }

    @GetMapping("/partitions")
    List<PartitionView> partitions(@RequestParam(defaultValue = "crimes") String dataset) {
        return snapshots.current(KnownDatasets.require(dataset)).stream()
                .flatMap(snapshot -> snapshot.files().stream())
                .map(PartitionView::fromDomain)
                .toList();
    }

    @GetMapping("/quarantine")
    List<QuarantineView> quarantine(@RequestParam(defaultValue = "crimes") String dataset) {
        return quarantine.quarantine(KnownDatasets.require(dataset)).stream()
                .map(QuarantineView::fromDomain)
                .toList();
    }

    private Snapshot currentOf(String dataset) {
        return snapshots.current(KnownDatasets.require(dataset)).orElseThrow(() -> new NoSnapshotException(dataset));
    }
}

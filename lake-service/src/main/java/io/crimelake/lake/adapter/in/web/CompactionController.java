package io.crimelake.lake.adapter.in.web;

import io.crimelake.lake.application.port.in.CompactBatchCommand;
import io.crimelake.lake.application.port.in.CompactBatchUseCase;
import io.crimelake.lake.application.port.in.VacuumLakeUseCase;
import io.crimelake.lake.domain.BatchId;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lake's write endpoints, open only to callers with the admin token (see {@link AdminTokenInterceptor}). */
@RestController
@RequestMapping("/api/lake")
class CompactionController {
    private final CompactBatchUseCase compaction;
    private final VacuumLakeUseCase vacuum;

    CompactionController(CompactBatchUseCase compaction, VacuumLakeUseCase vacuum) {
        this.compaction = compaction;
        this.vacuum = vacuum;
    }

    @PostMapping("/compactions")
    CompactionView compact(@Valid @RequestBody CompactionRequest request) {
        var command = new CompactBatchCommand(KnownDatasets.require(request.dataset()), new BatchId(request.batchId()));
        return CompactionView.fromDomain(compaction.compact(command));
    }

    @PostMapping("/vacuum")
    VacuumView vacuum(@RequestParam(defaultValue = "crimes") String dataset) {
        return VacuumView.fromDomain(dataset, vacuum.vacuum(KnownDatasets.require(dataset)));
    }
}

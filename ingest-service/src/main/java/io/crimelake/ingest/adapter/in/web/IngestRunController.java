package io.crimelake.ingest.adapter.in.web;

import io.crimelake.ingest.application.port.in.HandOffBatchUseCase;
import io.crimelake.ingest.application.port.in.IngestRunQuery;
import io.crimelake.ingest.application.port.in.TriggerRunUseCase;
import io.crimelake.ingest.domain.IngestRun;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ingest API: start runs, follow their progress, read the dataset state. */
@RestController
@RequestMapping("/api/ingest")
class IngestRunController {
    private final TriggerRunUseCase trigger;
    private final HandOffBatchUseCase handoffs;
    private final IngestRunQuery query;
    private final AdminTokenGuard guard;
    private final CsvImportFolder imports;
    private final Clock clock;

    IngestRunController(
            TriggerRunUseCase trigger,
            HandOffBatchUseCase handoffs,
            IngestRunQuery query,
            WebSettings settings,
            Clock clock) {
        this.trigger = trigger;
        this.handoffs = handoffs;
        this.query = query;
        this.guard = new AdminTokenGuard(settings.adminToken());
        this.imports = new CsvImportFolder(settings.csvImportDir());
        this.clock = clock;
    }

    @PostMapping("/runs")
    ResponseEntity<RunView> start(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) StartRunRequest request) {
        guard.check(authorization);
        StartRunRequest body = request != null ? request : StartRunRequest.EMPTY;
        IngestRun run = trigger.trigger(body.toCommand(imports));
        return ResponseEntity.accepted()
                .location(URI.create("/api/ingest/runs/" + run.id()))
                .body(RunView.fromDomain(run, clock.instant()));
    }

    /** Hands a completed run's batch to lake-service now, e.g. after lake-service was down; repeating is harmless. */
    @PostMapping("/runs/{id}/handoff")
    RunView handOff(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String id) {
        guard.check(authorization);
        if (query.run(id).isEmpty()) {
            throw new RunNotFoundException(id);
        }
        return RunView.fromDomain(handoffs.handOff(id), clock.instant());
    }

    @GetMapping("/runs")
    List<RunView> runs() {
        var now = clock.instant();
        return query.runs().stream().map(run -> RunView.fromDomain(run, now)).toList();
    }

    @GetMapping("/runs/{id}")
    RunView run(@PathVariable String id) {
        return query.run(id)
                .map(run -> RunView.fromDomain(run, clock.instant()))
                .orElseThrow(() -> new RunNotFoundException(id));
    }

    @GetMapping("/state")
    StateView state() {
        return StateView.fromDomain(query.state());
    }
}

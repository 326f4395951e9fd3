package io.crimelake.ui.adapter.out.ingest;

import static java.util.Objects.requireNonNull;

import feign.RetryableException;
import io.crimelake.ui.application.port.out.IngestRuns;
import io.crimelake.ui.domain.admin.AdminCallException;
import io.crimelake.ui.domain.admin.AdminToken;
import io.crimelake.ui.domain.admin.IngestRun;
import io.crimelake.ui.domain.admin.LakeHandoff;
import io.crimelake.ui.domain.admin.RunRequest;
import io.crimelake.ui.domain.admin.RunStatus;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The ingest runs over HTTP. Error answers arrive as {@link AdminCallException}s from the clients' error decoder;
 * this class adds the case of no answer at all.
 */
public class HttpIngestRuns implements IngestRuns {
    private final IngestClient client;

    public HttpIngestRuns(IngestClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    @Override
    public IngestRun start(AdminToken token, RunRequest request) {
        return run(call(() -> client.start(token.bearer(), body(request))));
    }

    @Override
    public List<IngestRun> runs() {
        return call(client::runs).stream().map(HttpIngestRuns::run).toList();
    }

    /**
     * Asks ingest's read-only session check; the gateway lets GETs through, so ingest's own check decides (401/403 reach
     * the caller as {@link io.crimelake.ui.domain.admin.AdminTokenRejectedException}).
     */
    @Override
    public void checkToken(AdminToken token) {
        call(() -> {
            client.checkSession(token.bearer());
            return null;
        });
    }

    private static IngestJson.StartRun body(RunRequest request) {
        return switch (request) {
            case RunRequest.Incremental incremental -> new IngestJson.StartRun("incremental", null, null, null);
            case RunRequest.Backfill backfill ->
                new IngestJson.StartRun(
                        "backfill", backfill.first().toString(), backfill.last().toString(), null);
            case RunRequest.CsvBootstrap csv -> new IngestJson.StartRun("csv", null, null, csv.location());
        };
    }

    static IngestRun run(IngestJson.Run json) {
        IngestJson.Handoff handoff = json.handoff();
        return new IngestRun(
                json.id(),
                json.mode(),
                RunStatus.parse(json.status()),
                json.createdAt(),
                json.startedAt(),
                json.finishedAt(),
                json.pages(),
                json.rowsFetched(),
                json.rowsQuarantined(),
                json.totalRows(),
                json.rowsPerSecond(),
                json.etaSeconds() == null ? null : Duration.ofSeconds(json.etaSeconds()),
                json.error(),
                handoff == null
                        ? null
                        : new LakeHandoff(
                                handoff.snapshotId(),
                                handoff.rowsInserted(),
                                handoff.rowsUpdated(),
                                handoff.rowsUnchanged()));
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (RetryableException e) {
            throw new AdminCallException("The gateway is unreachable: " + e.getMessage(), e);
        }
    }
}

package io.crimelake.ingest.adapter.out.lakeservice;

import static java.util.Objects.requireNonNull;

import feign.FeignException;
import io.crimelake.ingest.application.port.out.LakeCompaction;
import io.crimelake.ingest.application.port.out.LakeUnavailableException;
import io.crimelake.ingest.domain.Handoff;
import java.time.Clock;

/** Hands batches to lake-service over HTTP with the admin token. */
public final class FeignLakeCompaction implements LakeCompaction {
    private final LakeServiceClient client;
    private final String adminToken;
    private final Clock clock;

    public FeignLakeCompaction(LakeServiceClient client, String adminToken, Clock clock) {
        this.client = requireNonNull(client, "client is null");
        this.adminToken = adminToken == null ? "" : adminToken;
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Handoff compact(String dataset, String batchId) {
        try {
            var response =
                    client.compact("Bearer " + adminToken, new LakeServiceClient.CompactionRequest(dataset, batchId));
            return new Handoff(
                    clock.instant(),
                    response.snapshotId(),
                    response.rowsInserted(),
                    response.rowsUpdated(),
                    response.rowsUnchanged());
        } catch (FeignException e) {
            String answer = e.status() > 0 ? "answered HTTP " + e.status() : "could not be reached";
            throw new LakeUnavailableException(
                    "lake-service " + answer + " compacting " + dataset + "/" + batchId + ": " + e.getMessage(), e);
        }
    }
}

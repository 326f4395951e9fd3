package io.crimelake.ui.adapter.out.lake;

import static java.util.Objects.requireNonNull;

import feign.RetryableException;
import io.crimelake.ui.application.port.out.LakeCatalog;
import io.crimelake.ui.domain.admin.AdminCallException;
import io.crimelake.ui.domain.admin.LakeOverview;
import io.crimelake.ui.domain.admin.LakePartition;
import io.crimelake.ui.domain.admin.LakeSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The lake's catalog over HTTP; error answers arrive as {@link AdminCallException}s from the error decoder. */
public class HttpLakeCatalog implements LakeCatalog {
    private final LakeClient client;

    public HttpLakeCatalog(LakeClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    @Override
    public LakeOverview overview(int recentSnapshots) {
        List<LakeSnapshot> recent = call(() -> client.recent(recentSnapshots)).stream()
                .map(HttpLakeCatalog::snapshot)
                .toList();
        List<LakePartition> partitions = call(client::partitions).stream()
                .map(HttpLakeCatalog::partition)
                .toList();
        return new LakeOverview(current(), recent, partitions);
    }

    private Optional<LakeSnapshot> current() {
        try {
            return Optional.of(snapshot(call(client::current)));
        } catch (AdminCallException e) {
            // lake-service answers 404 until the first compaction publishes a snapshot.
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static LakeSnapshot snapshot(LakeJson.Snapshot json) {
        int files = json.files() == null ? 0 : json.files().size();
        return new LakeSnapshot(json.id(), json.committedAt(), json.batchId(), json.rows(), json.bytes(), files);
    }

    static LakePartition partition(LakeJson.Partition json) {
        return new LakePartition(
                json.partition(), json.rows(), json.bytes(), json.minDate(), json.maxDate(), json.lastRewrittenAt());
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (RetryableException e) {
            throw new AdminCallException("The gateway is unreachable: " + e.getMessage(), e);
        }
    }
}

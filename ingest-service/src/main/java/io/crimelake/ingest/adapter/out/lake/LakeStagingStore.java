package io.crimelake.ingest.adapter.out.lake;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.StagedPage;
import io.crimelake.ingest.application.port.out.StagingStore;
import io.crimelake.lakeformat.store.ObjectEntry;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Stages a run's pages in the lake's object store, where lake-service compacts them:
 * {@code <staging>/<dataset>/<runId>/part-NNNNNN.parquet} and {@code <quarantine>/<dataset>/<runId>/part-NNNNNN.jsonl},
 * page files being written locally first.
 */
public final class LakeStagingStore implements StagingStore {
    private final ObjectStore store;
    private final StagingKeys keys;
    private final Path scratch;

    /**
     * @param stagingFolder top-level lake folder of staged batches, e.g. {@code _staging}
     * @param quarantineFolder top-level lake folder of quarantined rows, e.g. {@code _quarantine}
     * @param dataset the lake name of the dataset, e.g. {@code crimes}
     * @param scratch a local folder for pages being written
     */
    public LakeStagingStore(
            ObjectStore store, String stagingFolder, String quarantineFolder, String dataset, Path scratch)
            throws IOException {
        this.store = requireNonNull(store, "store is null");
        this.keys = new StagingKeys(stagingFolder, quarantineFolder, dataset);
        this.scratch = Files.createDirectories(requireNonNull(scratch, "scratch is null"));
    }

    @Override
    public StagedPage openPage(String runId, long page) {
        // A unique scratch name, so a retried attempt never meets the files of the attempt it replaces.
        Path prefix = scratch.resolve(runId + "-" + page + "-" + UUID.randomUUID());
        return new ParquetStagedPage(store, prefix, keys.pageFile(runId, page), keys.quarantineFile(runId, page));
    }

    @Override
    public void deletePagesAfter(String runId, long lastCommittedPage) throws IOException {
        List<String> stale = new ArrayList<>();
        for (String prefix : List.of(keys.batchPrefix(runId), keys.quarantinePrefix(runId))) {
            for (ObjectEntry entry : store.list(prefix)) {
                OptionalLong page = StagingKeys.pageOf(entry.key());
                if (page.isPresent() && page.getAsLong() > lastCommittedPage) {
                    stale.add(entry.key());
                }
            }
        }
        store.deleteAll(stale);
        deleteScratchOf(runId);
    }

    // Scratch files of a run that crashed mid-page; the run is not active anywhere else while it resumes here.
    private void deleteScratchOf(String runId) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(scratch, runId + "-*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }
}

package io.crimelake.ingest.adapter.out.lake;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names the objects of a staging batch: one Parquet file and at most one quarantine file per page. */
record StagingKeys(String stagingFolder, String quarantineFolder, String dataset) {
    private static final Pattern PAGE = Pattern.compile(".*/part-(\\d+)\\.(parquet|jsonl)");

    /**
     * @param stagingFolder top-level lake folder of staged batches, e.g. {@code _staging}
     * @param quarantineFolder top-level lake folder of quarantined rows, e.g. {@code _quarantine}
     * @param dataset the lake name of the dataset, e.g. {@code crimes}
     */
    StagingKeys {
        requireNonNull(stagingFolder, "stagingFolder is null");
        requireNonNull(quarantineFolder, "quarantineFolder is null");
        requireNonNull(dataset, "dataset is null");
    }

    /** {@code <staging>/<dataset>/<runId>/}: the batch lake-service compacts. */
    String batchPrefix(String runId) {
        return stagingFolder + "/" + dataset + "/" + runId + "/";
    }

    /** {@code <quarantine>/<dataset>/<runId>/}: rows of the batch that could not be normalised. */
    String quarantinePrefix(String runId) {
        return quarantineFolder + "/" + dataset + "/" + runId + "/";
    }

    String pageFile(String runId, long page) {
        return batchPrefix(runId) + partName(page) + ".parquet";
    }

    String quarantineFile(String runId, long page) {
        return quarantinePrefix(runId) + partName(page) + ".jsonl";
    }

    /** The page number of a key written by this class, if it is one. */
    static OptionalLong pageOf(String key) {
        Matcher matcher = PAGE.matcher(key);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    // Zero-padded so a plain listing is in page order.
    private static String partName(long page) {
        return String.format("part-%06d", page);
    }
}

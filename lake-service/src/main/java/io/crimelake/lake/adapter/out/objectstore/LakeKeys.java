package io.crimelake.lake.adapter.out.objectstore;

import io.crimelake.lake.domain.BatchId;

/**
 * The lake's layout outside the partition folders: manifests, the current pointer, leases, the
 * compaction journal, staging, quarantine and retained superseded files. Names starting with '_' are skipped by Hive-style readers.
 */
public record LakeKeys(String stagingRoot, String quarantineRoot) {
    static final String SNAPSHOTS = "_snapshots/";
    static final String LEASES = "_leases/";
    static final String RETAINED = "_retained/";
    static final String JOURNAL = "_journal/";

    public LakeKeys {
        requireFolderName(stagingRoot);
        requireFolderName(quarantineRoot);
    }

    /** The layout ingest-service writes by default: {@code _staging/} and {@code _quarantine/}. */
    public static LakeKeys defaults() {
        return new LakeKeys("_staging", "_quarantine");
    }

    String staging(String dataset, BatchId batch) {
        return stagingRoot + "/" + dataset + "/" + batch + "/";
    }

    String quarantine(String dataset) {
        return quarantineRoot + "/" + dataset + "/";
    }

    static String snapshots(String dataset) {
        return SNAPSHOTS + dataset + "/";
    }

    // Zero-padded so that a sorted listing is in commit order.
    static String manifest(String dataset, long id) {
        return snapshots(dataset) + "%020d.json".formatted(id);
    }

    static String currentPointer(String dataset) {
        return snapshots(dataset) + "current";
    }

    static String lease(String dataset) {
        return LEASES + dataset + ".json";
    }

    static String journal(String dataset) {
        return JOURNAL + dataset + "/";
    }

    static String retained(String key) {
        return RETAINED + key;
    }

    private static void requireFolderName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("lake folder must be one plain path segment: '" + name + "'");
        }
    }
}

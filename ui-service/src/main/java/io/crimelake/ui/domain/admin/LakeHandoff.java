package io.crimelake.ui.domain.admin;

/** What lake-service did with a run's batch: the snapshot it made (null when nothing changed) and its row counts. */
public record LakeHandoff(Long snapshotId, long rowsInserted, long rowsUpdated, long rowsUnchanged) {}

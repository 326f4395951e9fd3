package io.crimelake.ingest.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What the service remembers about a dataset between runs; the watermarks drive the next incremental window.
 *
 * @param datasetId Socrata dataset id
 * @param watermarkMaxDate latest incident {@code date} seen by a successful incremental run, or null
 * @param watermarkMaxUpdatedOn latest {@code updated_on} seen by a successful incremental run, or null
 * @param lastRunAt when the latest run finished, successfully or not, or null
 * @param lastSuccessAt when the latest successful run finished, or null
 * @param backfillDays trailing days the incremental window re-pulls
 * @param rowsLastRun rows fetched by the latest run
 */
public record IngestState(
        String datasetId,
        LocalDateTime watermarkMaxDate,
        LocalDateTime watermarkMaxUpdatedOn,
        Instant lastRunAt,
        Instant lastSuccessAt,
        int backfillDays,
        long rowsLastRun) {

    public IngestState {
        requireNonNull(datasetId, "datasetId is null");
        if (backfillDays < 0 || rowsLastRun < 0) {
            throw new IllegalArgumentException("backfillDays and rowsLastRun must not be negative");
        }
    }

    /** The state of a dataset no run has touched yet. */
    public static IngestState initial(String datasetId, int backfillDays) {
        return new IngestState(datasetId, null, null, null, null, backfillDays, 0);
    }

    /** The state after {@code run} ended; only a completed incremental or csv run moves the watermarks. */
    public IngestState after(IngestRun run) {
        requireNonNull(run, "run is null");
        // A backfill sees only its months, so rows updated outside them may still be unseen; an incremental run
        // or a full export has seen everything up to its maxima.
        boolean moveWatermarks = run.status() == RunStatus.COMPLETED && run.mode() != RunMode.BACKFILL;
        RunProgress progress = run.progress();
        return new IngestState(
                datasetId,
                moveWatermarks ? later(watermarkMaxDate, progress.maxDate()) : watermarkMaxDate,
                moveWatermarks ? later(watermarkMaxUpdatedOn, progress.maxUpdatedOn()) : watermarkMaxUpdatedOn,
                run.finishedAt(),
                run.status() == RunStatus.COMPLETED ? run.finishedAt() : lastSuccessAt,
                backfillDays,
                progress.rowsFetched());
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

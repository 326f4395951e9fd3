package io.crimelake.ingest.adapter.in.web;

import io.crimelake.ingest.domain.IngestState;
import java.time.Instant;
import java.time.LocalDateTime;

/** The dataset's ingest state as the API shows it. */
record StateView(
        String datasetId,
        LocalDateTime watermarkMaxDate,
        LocalDateTime watermarkMaxUpdatedOn,
        Instant lastRunAt,
        Instant lastSuccessAt,
        int backfillDays,
        long rowsLastRun) {

    static StateView fromDomain(IngestState state) {
        return new StateView(
                state.datasetId(),
                state.watermarkMaxDate(),
                state.watermarkMaxUpdatedOn(),
                state.lastRunAt(),
                state.lastSuccessAt(),
                state.backfillDays(),
                state.rowsLastRun());
    }
}

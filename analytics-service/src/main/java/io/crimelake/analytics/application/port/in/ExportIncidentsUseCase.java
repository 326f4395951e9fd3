package io.crimelake.analytics.application.port.in;

import io.crimelake.analytics.domain.Incident;
import io.crimelake.analytics.domain.QueryFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

/** Incoming port for exporting every incident that matches a filter. */
public interface ExportIncidentsUseCase {

    /** Pins the current snapshot for an export that is then written with {@link IncidentExport#writeTo}. */
    IncidentExport export(QueryFilter filter);

    /** An export bound to one snapshot. */
    interface IncidentExport {

        /** The snapshot the rows come from, or null when the lake holds no data (the export is empty). */
        String snapshotId();

        /** Streams the rows, month by month, to {@code sink}. */
        void writeTo(Consumer<Incident> sink);

        /** Writes the rows as one Parquet file to {@code out}, staged in a temporary file that is then removed. */
        void writeParquetTo(OutputStream out) throws IOException;
    }
}

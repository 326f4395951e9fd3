package io.crimelake.analytics.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.ExportIncidentsUseCase;
import io.crimelake.analytics.application.port.out.CrimeRows;
import io.crimelake.analytics.application.port.out.IncidentFileWriter;
import io.crimelake.analytics.domain.Incident;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Exports the matching incidents of the snapshot current when the export starts; never cached. */
public final class ExportIncidentsService implements ExportIncidentsUseCase {
    private static final Snapshot NO_DATA = new Snapshot("none", Instant.EPOCH, List.of());

    private final CurrentSnapshot current;
    private final CrimeRows rows;
    private final IncidentFileWriter files;
    private final Path stagingDirectory;

    /** @param stagingDirectory where Parquet exports are written before they are streamed out */
    public ExportIncidentsService(
            CurrentSnapshot current, CrimeRows rows, IncidentFileWriter files, Path stagingDirectory) {
        this.current = requireNonNull(current, "current is null");
        this.rows = requireNonNull(rows, "rows is null");
        this.files = requireNonNull(files, "files is null");
        this.stagingDirectory = requireNonNull(stagingDirectory, "stagingDirectory is null");
    }

    @Override
    public IncidentExport export(QueryFilter filter) {
        requireNonNull(filter, "filter is null");
        Snapshot pinned = current.get().orElse(null);
        return new IncidentExport() {
            @Override
            public String snapshotId() {
                return pinned == null ? null : pinned.id();
            }

            @Override
            public void writeTo(Consumer<Incident> sink) {
                if (pinned != null && !pinned.isEmpty()) {
                    rows.forEachIncident(pinned, filter, sink);
                }
            }

            @Override
            public void writeParquetTo(OutputStream out) throws IOException {
                Files.createDirectories(stagingDirectory);
                Path staged = stagingDirectory.resolve("export-" + UUID.randomUUID() + ".parquet");
                try {
                    files.writeParquet(pinned == null ? NO_DATA : pinned, filter, staged);
                    Files.copy(staged, out);
                } finally {
                    Files.deleteIfExists(staged);
                }
            }
        };
    }
}

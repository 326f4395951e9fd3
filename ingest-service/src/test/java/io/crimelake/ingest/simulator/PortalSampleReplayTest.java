package io.crimelake.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ingest.adapter.out.csv.CsvExportSource;
import io.crimelake.ingest.application.port.out.ExportSource;
import io.crimelake.ingest.domain.RawRow;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.lakeformat.dataset.RowRejectedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the real 2024 portal export sample, when the shared data folder is present, through the CSV adapter. */
class PortalSampleReplayTest {
    private static final Path SAMPLE =
            Path.of(System.getProperty("crimelake.samples", "../../shared/data"), "crimes_2024_portal_export_10k.csv");
    private static final DateTimeFormatter PORTAL_TIME =
            DateTimeFormatter.ofPattern("MM/dd/uuuu hh:mm:ss a", Locale.US);

    @Test
    void replaysEveryRowOfTheSampleWithTheFilesLocalTimes() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(SAMPLE), "the shared portal sample is not available here");
        var lineage = new Lineage("replay", Instant.EPOCH);
        Set<Long> ids = new HashSet<>();
        int rows = 0;
        int rejected = 0;
        try (ExportSource.Cursor cursor = new CsvExportSource(CrimesDataset.definition()).open(SAMPLE.toString(), 0)) {
            for (RawRow row = cursor.next(); row != null; row = cursor.next()) {
                rows++;
                try {
                    CrimeRecord record = CrimesDataset.definition().normaliser().normalise(row.fields(), lineage);
                    ids.add(record.id());
                    assertThat(record.date())
                            .isEqualTo(LocalDateTime.parse(row.fields().get("date"), PORTAL_TIME));
                } catch (RowRejectedException e) {
                    rejected++;
                }
            }
        }

        assertThat(rows).isEqualTo(10_000);
        assertThat(ids).hasSize(rows - rejected);
        assertThat(rejected).isZero();
    }
}

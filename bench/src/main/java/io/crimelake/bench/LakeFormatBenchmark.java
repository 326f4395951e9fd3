package io.crimelake.bench;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.lakeformat.dataset.RowNormaliser;
import io.crimelake.lakeformat.dataset.RowRejectedException;
import io.crimelake.lakeformat.parquet.LakeParquetReader;
import io.crimelake.lakeformat.parquet.LakeParquetWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Throughput of the lake format's three steps on real-shaped rows: normalise, write Parquet (ZSTD), read back. */
final class LakeFormatBenchmark {

    private static final DatasetDefinition<CrimeRecord> CRIMES = CrimesDataset.definition();

    private final List<Map<String, String>> rawRows;
    private final Path workDir;

    LakeFormatBenchmark(List<Map<String, String>> rawRows, Path workDir) {
        this.rawRows = rawRows;
        this.workDir = workDir;
    }

    List<BenchResult> run() throws IOException {
        long start = System.nanoTime();
        List<CrimeRecord> records = normaliseAll();
        BenchResult normalise = new BenchResult(
                "lake-format: normalise raw SODA rows",
                rawRows.size(),
                seconds(start),
                "%,d rows rejected to quarantine".formatted(rawRows.size() - records.size()));

        Path file = workDir.resolve("bench-crimes.parquet");
        start = System.nanoTime();
        try (LakeParquetWriter<CrimeRecord> writer = LakeParquetWriter.create(CRIMES, file)) {
            for (CrimeRecord record : records) {
                writer.write(record);
            }
        }
        BenchResult write = new BenchResult(
                "lake-format: write Parquet (ZSTD)",
                records.size(),
                seconds(start),
                "%.1f MB, %.0f bytes/row"
                        .formatted(Files.size(file) / 1e6, (double) Files.size(file) / records.size()));

        start = System.nanoTime();
        long read = 0;
        try (LakeParquetReader<CrimeRecord> reader = LakeParquetReader.open(CRIMES, file)) {
            while (reader.read() != null) {
                read++;
            }
        }
        BenchResult readBack = new BenchResult("lake-format: read Parquet back into records", read, seconds(start), "");
        Files.delete(file);
        return List.of(normalise, write, readBack);
    }

    private List<CrimeRecord> normaliseAll() {
        RowNormaliser<CrimeRecord> normaliser = CRIMES.normaliser();
        Lineage lineage = new Lineage("bench", Instant.now());
        List<CrimeRecord> records = new ArrayList<>(rawRows.size());
        for (Map<String, String> row : rawRows) {
            try {
                records.add(normaliser.normalise(row, lineage));
            } catch (RowRejectedException rejected) {
                // counted by the caller as rawRows - records
            }
        }
        return records;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}

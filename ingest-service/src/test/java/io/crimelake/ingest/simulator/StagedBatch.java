package io.crimelake.ingest.simulator;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.parquet.LakeParquetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads back what a run staged: every record of its Parquet pages and every line of its quarantine. */
record StagedBatch(List<CrimeRecord> records, List<String> quarantineLines) {

    static StagedBatch read(Path dataDir, String runId) throws IOException {
        List<CrimeRecord> records = new ArrayList<>();
        for (Path page : files(dataDir.resolve("_staging/crimes/" + runId))) {
            try (var reader = LakeParquetReader.open(CrimesDataset.definition(), page)) {
                for (CrimeRecord record = reader.read(); record != null; record = reader.read()) {
                    records.add(record);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Path file : files(dataDir.resolve("_quarantine/crimes/" + runId))) {
            lines.addAll(Files.readAllLines(file));
        }
        return new StagedBatch(records, lines);
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            // A kill during an upload can leave a temporary file; the store's listings skip them, so do we.
            return files.filter(file -> !file.getFileName().toString().startsWith(".tmp-"))
                    .sorted()
                    .toList();
        }
    }
}

package io.crimelake.bench;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.lakeformat.dataset.RowRejectedException;
import io.crimelake.lakeformat.parquet.LakeParquetWriter;
import io.crimelake.simulator.data.CrimeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * Stages rows of the simulator's synthetic table as ingest-service would (raw SODA fields, lake-format's
 * normaliser and Parquet writer, one file per page), but straight from memory: the lake benchmarks need millions
 * of staged rows quickly, and the HTTP path is measured by the pipeline benchmark.
 */
final class SyntheticStaging {
    private static final DatasetDefinition<CrimeRecord> CRIMES = CrimesDataset.definition();
    private static final DateTimeFormatter SODA_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");
    private static final int ROWS_PER_FILE = 500_000;

    private final CrimeTable table;

    SyntheticStaging(CrimeTable table) {
        this.table = table;
    }

    /**
     * Writes rows {@code [from, to)} into {@code batchFolder} as {@code part-000001.parquet}, …, two files at a
     * time; {@code revise} may change a row's raw fields, as the portal revises
     * a row.
     *
     * @return the number of rows staged
     */
    long stage(int from, int to, Lineage lineage, UnaryOperator<Map<String, String>> revise, Path batchFolder)
            throws Exception {
        Files.createDirectories(batchFolder);
        List<Future<Long>> files = new ArrayList<>();
        try (ExecutorService writers = Executors.newFixedThreadPool(2)) {
            int page = 0;
            for (int start = from; start < to; start += ROWS_PER_FILE) {
                int first = start;
                int end = Math.min(to, start + ROWS_PER_FILE);
                Path file = batchFolder.resolve("part-%06d.parquet".formatted(++page));
                files.add(writers.submit(() -> write(first, end, lineage, revise, file)));
            }
        }
        long rows = 0;
        for (Future<Long> file : files) {
            rows += file.get();
        }
        return rows;
    }

    private long write(int from, int to, Lineage lineage, UnaryOperator<Map<String, String>> revise, Path file) {
        var normaliser = CRIMES.normaliser();
        try (var writer = LakeParquetWriter.create(CRIMES, file)) {
            for (int row = from; row < to; row++) {
                try {
                    writer.write(normaliser.normalise(revise.apply(raw(row)), lineage));
                } catch (RowRejectedException rejected) {
                    // Ingest quarantines such rows; the synthetic table has none, and the lake never sees them.
                }
            }
            return writer.recordCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> raw(int row) {
        var source = table.record(row);
        Map<String, String> raw = new HashMap<>();
        raw.put("id", Long.toString(source.id()));
        raw.put("case_number", source.caseNumber());
        raw.put("date", time(source.date()));
        raw.put("block", source.block());
        raw.put("iucr", source.iucr());
        raw.put("primary_type", source.primaryType());
        raw.put("description", source.description());
        raw.put("location_description", source.locationDescription());
        raw.put("arrest", source.arrest() == null ? null : source.arrest().toString());
        raw.put("domestic", source.domestic() == null ? null : source.domestic().toString());
        raw.put("beat", source.beat());
        raw.put("district", source.district());
        raw.put("ward", source.ward());
        raw.put("community_area", source.communityArea());
        raw.put("fbi_code", source.fbiCode());
        raw.put("x_coordinate", source.xCoordinate());
        raw.put("y_coordinate", source.yCoordinate());
        raw.put("year", source.year());
        raw.put("updated_on", time(source.updatedOn()));
        raw.put("latitude", source.latitude());
        raw.put("longitude", source.longitude());
        raw.values().removeIf(value -> value == null);
        return raw;
    }

    private static String time(LocalDateTime time) {
        return time == null ? null : time.format(SODA_TIME);
    }
}

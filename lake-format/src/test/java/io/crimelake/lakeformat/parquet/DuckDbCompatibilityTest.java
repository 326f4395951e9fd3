package io.crimelake.lakeformat.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimeRecordFixtures;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that DuckDB, the lake's query engine, reads our files with the intended types and wall-clock times. */
class DuckDbCompatibilityTest {
    @TempDir
    static Path folder;

    private static Path file;

    @BeforeAll
    static void writeFile() throws IOException {
        file = folder.resolve("crimes.parquet");
        try (var writer = LakeParquetWriter.create(CrimesDataset.definition(), file)) {
            writer.write(CrimeRecordFixtures.record(1, LocalDateTime.parse("2024-03-10T02:30:00")));
            writer.write(CrimeRecordFixtures.record(2, LocalDateTime.parse("2024-01-01T23:55:00")));
            writer.write(CrimeRecordFixtures.sparseRecord(3, LocalDateTime.parse("2024-11-03T01:30:00")));
        }
    }

    @Test
    void describesColumnsWithLakeTypes() throws SQLException {
        Map<String, String> types = new HashMap<>();
        query("DESCRIBE SELECT * FROM read_parquet('" + file + "')", rows -> {
            while (rows.next()) {
                types.put(rows.getString("column_name"), rows.getString("column_type"));
            }
        });

        assertThat(types)
                .containsEntry("id", "BIGINT")
                .containsEntry("date", "TIMESTAMP")
                .containsEntry("updated_on", "TIMESTAMP")
                .containsEntry("ingested_at", "TIMESTAMP WITH TIME ZONE")
                .containsEntry("beat", "VARCHAR")
                .containsEntry("iucr", "VARCHAR")
                .containsEntry("district", "INTEGER")
                .containsEntry("arrest", "BOOLEAN")
                .containsEntry("latitude", "DOUBLE")
                .containsEntry("location_flagged", "BOOLEAN")
                .hasSize(CrimesDataset.definition().columns().size());
    }

    @Test
    void wallClockHourAndDaySurviveIncludingDaylightSavingGap() throws SQLException {
        Map<Long, String> byId = new HashMap<>();
        query(
                "SELECT id, typeof(date) AS t, hour(date) AS h, CAST(date AS DATE) AS d, beat " + "FROM read_parquet('"
                        + file + "') ORDER BY id",
                rows -> {
                    while (rows.next()) {
                        byId.put(
                                rows.getLong("id"),
                                rows.getString("t") + " " + rows.getInt("h") + " " + rows.getString("d") + " "
                                        + rows.getString("beat"));
                    }
                });

        assertThat(byId)
                .containsEntry(1L, "TIMESTAMP 2 2024-03-10 0421")
                .containsEntry(2L, "TIMESTAMP 23 2024-01-01 0421")
                .containsEntry(3L, "TIMESTAMP 1 2024-11-03 null");
    }

    @Test
    void readsWhatTheReaderReads() throws Exception {
        CrimeRecord first = LakeParquetRoundTripTest.readAll(file).getFirst();
        query("SELECT ingested_at, latitude FROM read_parquet('" + file + "') WHERE id = 1", rows -> {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getObject("ingested_at", java.time.OffsetDateTime.class)
                            .toInstant())
                    .isEqualTo(first.ingestedAt());
            assertThat(rows.getDouble("latitude")).isEqualTo(first.latitude());
        });
    }

    @Test
    void readerReadsTheSameRecordsFromAFileDuckDbWroteInTheLakeSchema() throws Exception {
        Path rewritten = folder.resolve("rewritten-by-duckdb.parquet");
        // DuckDB's COPY annotates integers INT(32|64, signed) and takes repetition from column statistics:
        // the CASE keeps nullable columns OPTIONAL, the filter proves required ones REQUIRED.
        String columns = CrimesDataset.definition().columns().stream()
                .map(column -> column.nullable()
                        ? "CASE WHEN %1$s IS NULL THEN NULL ELSE %1$s END AS %1$s".formatted('"' + column.name() + '"')
                        : '"' + column.name() + '"')
                .collect(Collectors.joining(", "));
        execute("COPY (SELECT " + columns + " FROM read_parquet('" + file + "') WHERE id IS NOT NULL AND date IS NOT"
                + " NULL AND arrest IS NOT NULL AND domestic IS NOT NULL AND year IS NOT NULL AND location_flagged IS"
                + " NOT NULL AND ingest_run_id IS NOT NULL AND ingested_at IS NOT NULL ORDER BY id) TO '" + rewritten
                + "' (FORMAT parquet)");

        assertThat(LakeParquetRoundTripTest.readAll(rewritten)).isEqualTo(LakeParquetRoundTripTest.readAll(file));
    }

    @Test
    void readerRejectsAFileWhereARequiredColumnIsNullable() throws Exception {
        Path nullableIds = folder.resolve("nullable-ids.parquet");
        execute("COPY (SELECT * REPLACE (CASE WHEN id IS NULL THEN NULL ELSE id END AS id) FROM read_parquet('" + file
                + "')) TO '" + nullableIds + "' (FORMAT parquet)");

        assertThatThrownBy(() -> LakeParquetRoundTripTest.readAll(nullableIds))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("column 'id'");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private interface RowsConsumer {
        void accept(ResultSet rows) throws SQLException;
    }

    private static void query(String sql, RowsConsumer consumer) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            consumer.accept(rows);
        }
    }
}

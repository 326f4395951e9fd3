package io.crimelake.lakeformat.parquet;

import static org.assertj.core.api.Assertions.assertThat;

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

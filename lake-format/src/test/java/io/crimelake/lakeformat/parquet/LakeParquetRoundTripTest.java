package io.crimelake.lakeformat.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimeRecordFixtures;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.ColumnType;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LakeParquetRoundTripTest {
    private static final DatasetDefinition<CrimeRecord> CRIMES = CrimesDataset.definition();

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(ParquetCompression.class)
    void readsBackEqualRecordsWithEveryCodec(ParquetCompression compression) throws IOException {
        List<CrimeRecord> written = crimes(5_000);
        Path file = folder.resolve("crimes.parquet");

        try (var writer = LakeParquetWriter.create(CRIMES, new LocalOutputFile(file), compression)) {
            for (CrimeRecord crime : written) {
                writer.write(crime);
            }
            assertThat(writer.recordCount()).isEqualTo(5_000);
        }

        assertThat(readAll(file)).containsExactlyElementsOf(written);
        assertThat(codecOf(file)).isEqualTo(compression.codecName());
    }

    @Test
    void writesZstdByDefaultWithDatasetMetadataAndFloatingTimestamps() throws IOException {
        Path file = folder.resolve("crimes.parquet");
        try (var writer = LakeParquetWriter.create(CRIMES, file)) {
            writer.write(CrimeRecordFixtures.record(1, LocalDateTime.parse("2024-03-10T02:30:00")));
        }

        try (var reader = openFooterReader(file)) {
            ParquetMetadata footer = reader.getFooter();
            assertThat(footer.getBlocks().getFirst().getColumns().getFirst().getCodec())
                    .isEqualTo(CompressionCodecName.ZSTD);
            assertThat(footer.getFileMetaData().getKeyValueMetaData())
                    .containsEntry("crimelake.dataset", "crimes")
                    .containsEntry("crimelake.socrata_id", "ijzp-q8t2");
            var schema = footer.getFileMetaData().getSchema();
            assertThat(timestamp(schema.getType("date").getLogicalTypeAnnotation())
                            .isAdjustedToUTC())
                    .isFalse();
            assertThat(timestamp(schema.getType("ingested_at").getLogicalTypeAnnotation())
                            .isAdjustedToUTC())
                    .isTrue();
            assertThat(schema.getType("beat").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
        }
    }

    @Test
    void keepsMicrosecondsAndDatesBeforeTheEpoch() throws IOException {
        var old = CrimeRecordFixtures.record(7, LocalDateTime.parse("1965-06-30T23:59:59.123456"));
        Path file = folder.resolve("old.parquet");

        try (var writer = LakeParquetWriter.create(CRIMES, file)) {
            writer.write(old);
        }

        assertThat(readAll(file)).containsExactly(old);
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        Path file = Files.writeString(folder.resolve("taken.parquet"), "x");

        assertThatThrownBy(() -> LakeParquetWriter.create(CRIMES, file)).isInstanceOf(IOException.class);
        assertThat(file).hasContent("x");
    }

    @Test
    void refusesToReadAFileOfAnotherShape() throws IOException {
        record Other(long id, LocalDateTime date) {}
        var other = new DatasetDefinition<Other>(
                "abcd-1234",
                "other",
                "id",
                "date",
                List.of(
                        Column.required("id", ColumnType.INT64, "key", Other::id),
                        Column.required("date", ColumnType.LOCAL_TIMESTAMP, "when", Other::date)),
                Map.of(),
                (row, lineage) -> new Other(1, LocalDateTime.now()),
                values -> new Other(values.get("id", Long.class), values.get("date", LocalDateTime.class)));
        Path file = folder.resolve("other.parquet");
        try (var writer = LakeParquetWriter.create(other, file)) {
            writer.write(new Other(1, LocalDateTime.parse("2024-01-01T00:00:00")));
        }

        assertThatThrownBy(() -> readAll(file)).hasMessageContaining("column 'case_number' is missing");
    }

    static List<CrimeRecord> crimes(int count) {
        var crimes = new ArrayList<CrimeRecord>();
        LocalDateTime start = LocalDateTime.parse("2024-01-01T00:00:00");
        for (int i = 0; i < count; i++) {
            LocalDateTime date = start.plusMinutes(37L * i);
            crimes.add(i % 10 == 0 ? CrimeRecordFixtures.sparseRecord(i, date) : CrimeRecordFixtures.record(i, date));
        }
        return crimes;
    }

    static List<CrimeRecord> readAll(Path file) throws IOException {
        var crimes = new ArrayList<CrimeRecord>();
        try (var reader = LakeParquetReader.open(CRIMES, file)) {
            for (CrimeRecord crime = reader.read(); crime != null; crime = reader.read()) {
                crimes.add(crime);
            }
        }
        return crimes;
    }

    private static CompressionCodecName codecOf(Path file) throws IOException {
        try (var reader = openFooterReader(file)) {
            return reader.getFooter()
                    .getBlocks()
                    .getFirst()
                    .getColumns()
                    .getFirst()
                    .getCodec();
        }
    }

    // Plain configuration: the default one loads Hadoop classes, which lake files must never need.
    private static ParquetFileReader openFooterReader(Path file) throws IOException {
        return ParquetFileReader.open(
                new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build());
    }

    private static TimestampLogicalTypeAnnotation timestamp(LogicalTypeAnnotation annotation) {
        return (TimestampLogicalTypeAnnotation) annotation;
    }
}

package io.crimelake.lakeformat.crimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crimelake.lakeformat.dataset.DatasetDefinition;
import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.lakeformat.dataset.RowRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Normalises real portal files when the shared sample folder is present; skipped elsewhere, since the
 * samples are not part of the repository.
 */
class PortalSampleFilesTest {
    private static final Path SAMPLES = Path.of(System.getProperty("crimelake.samples", "../../shared/data"));
    private static final DatasetDefinition<CrimeRecord> CRIMES = CrimesDataset.definition();
    private static final Lineage LINEAGE = new Lineage(CrimeRecordFixtures.RUN_ID, CrimeRecordFixtures.INGESTED_AT);

    @ParameterizedTest
    @CsvSource({"crimes_2024_portal_export_10k.csv, 10000", "crimes_2015_portal_export_sample.csv, 5445"})
    void normalisesEveryRowOfPortalCsvExport(String fileName, int rows) throws Exception {
        Path file = SAMPLES.resolve(fileName);
        assumeTrue(Files.exists(file), "sample file not available");

        List<CrimeRecord> crimes = normaliseAll(readCsv(file));

        assertThat(crimes).hasSize(rows);
        assertThat(crimes).allSatisfy(crime -> {
            assertThat(crime.beat()).hasSize(4);
            assertThat(crime.year()).isEqualTo(crime.date().getYear());
        });
        assertThat(crimes).anySatisfy(crime -> assertThat(crime.district()).isEqualTo(9));
    }

    @ParameterizedTest
    @ValueSource(strings = "crimes_2022-03-26_soda_resource.geojson")
    void normalisesEveryFeatureOfSodaResponse(String fileName) throws Exception {
        Path file = SAMPLES.resolve(fileName);
        assumeTrue(Files.exists(file), "sample file not available");
        var rows = new ArrayList<Map<String, String>>();
        for (JsonNode feature : JsonMapper.shared().readTree(file.toFile()).get("features")) {
            var row = new HashMap<String, String>();
            feature.get("properties")
                    .properties()
                    .forEach(e -> row.put(e.getKey(), e.getValue().asString()));
            rows.add(row);
        }

        List<CrimeRecord> crimes = normaliseAll(rows);

        assertThat(crimes).hasSize(1000);
        assertThat(crimes).filteredOn(crime -> crime.latitude() == null).hasSizeLessThan(50);
    }

    private static List<CrimeRecord> normaliseAll(List<Map<String, String>> rows) {
        var crimes = new ArrayList<CrimeRecord>();
        var rejections = new ArrayList<String>();
        for (Map<String, String> row : rows) {
            try {
                crimes.add(CRIMES.normaliser().normalise(row, LINEAGE));
            } catch (RowRejectedException e) {
                rejections.add(e.getMessage());
            }
        }
        assertThat(rejections).isEmpty();
        return crimes;
    }

    private static List<Map<String, String>> readCsv(Path file) throws Exception {
        var rows = new ArrayList<Map<String, String>>();
        try (var connection = DriverManager.getConnection("jdbc:duckdb:");
                var statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT * FROM read_csv('" + file + "', header = true, all_varchar = true)")) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                var row = new HashMap<String, String>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(CRIMES.apiFieldForCsvHeader(meta.getColumnLabel(column)), result.getString(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}

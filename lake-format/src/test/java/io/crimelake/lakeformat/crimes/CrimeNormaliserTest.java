package io.crimelake.lakeformat.crimes;

import static io.crimelake.lakeformat.crimes.CrimeRecordFixtures.INGESTED_AT;
import static io.crimelake.lakeformat.crimes.CrimeRecordFixtures.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.lakeformat.dataset.RowRejectedException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrimeNormaliserTest {
    private static final Lineage LINEAGE = new Lineage(RUN_ID, INGESTED_AT);
    private final CrimeNormaliser normaliser = new CrimeNormaliser();

    @Test
    void normalisesSodaJsonRow() throws RowRejectedException {
        CrimeRecord crime = normaliser.normalise(CrimeRecordFixtures.sodaRow(), LINEAGE);

        assertThat(crime)
                .isEqualTo(new CrimeRecord(
                        12654853L,
                        "JF188735",
                        LocalDateTime.parse("2022-03-27T23:55:00"),
                        "0000X W CERMAK RD",
                        "143A",
                        "WEAPONS VIOLATION",
                        "UNLAWFUL POSSESSION - HANDGUN",
                        "STREET",
                        true,
                        false,
                        "0131",
                        1,
                        3,
                        33,
                        "15",
                        1176338.0,
                        1889777.0,
                        2022,
                        LocalDateTime.parse("2022-04-03T16:50:08"),
                        41.852904198,
                        -87.628264394,
                        false,
                        RUN_ID,
                        INGESTED_AT));
    }

    @Test
    void normalisesPortalCsvExportRowMappedThroughTheHeaders() throws RowRejectedException {
        var headers = "ID,Case Number,Date,Block,IUCR,Primary Type,Description,Location Description,Arrest,Domestic,"
                + "Beat,District,Ward,Community Area,FBI Code,X Coordinate,Y Coordinate,Year,Updated On,Latitude,"
                + "Longitude";
        var values = "13364090,JH146864,02/10/2024 12:44:00 AM,002XX W 47TH ST,0484,BATTERY,PROTECTED EMPLOYEE,"
                + "CTA PLATFORM,true,false,0925,009,20,37,08B,1175476,1873816,2024,05/17/2025 03:40:52 PM,"
                + "41.809125265,-87.631906508";
        var row = new HashMap<String, String>();
        String[] names = headers.split(",");
        String[] cells = values.split(",");
        for (int i = 0; i < names.length; i++) {
            row.put(CrimesDataset.definition().apiFieldForCsvHeader(names[i]), cells[i]);
        }

        CrimeRecord crime = normaliser.normalise(row, LINEAGE);

        assertThat(crime.id()).isEqualTo(13364090L);
        assertThat(crime.date()).isEqualTo(LocalDateTime.parse("2024-02-10T00:44:00"));
        assertThat(crime.updatedOn()).isEqualTo(LocalDateTime.parse("2025-05-17T15:40:52"));
        assertThat(crime.beat()).isEqualTo("0925");
        assertThat(crime.district()).isEqualTo(9);
        assertThat(crime.iucr()).isEqualTo("0484");
        assertThat(crime.fbiCode()).isEqualTo("08B");
        assertThat(crime.arrest()).isTrue();
    }

    @Test
    void trimsValuesAndAcceptsBooleansInAnyCase() throws RowRejectedException {
        CrimeRecord crime = normalise(
                Map.of("beat", " 0421 ", "ward", " 12 ", "arrest", "TRUE", "domestic", "False", "latitude", " 41.9 "));

        assertThat(crime.beat()).isEqualTo("0421");
        assertThat(crime.ward()).isEqualTo(12);
        assertThat(crime.arrest()).isTrue();
        assertThat(crime.domestic()).isFalse();
        assertThat(crime.latitude()).isEqualTo(41.9);
    }

    @Test
    void blankAndMissingValuesBecomeNull() throws RowRejectedException {
        var row = new HashMap<>(CrimeRecordFixtures.sodaRow());
        row.remove("ward");
        row.remove("latitude");
        row.remove("longitude");
        row.put("community_area", "   ");
        row.put("location_description", "");
        row.put("updated_on", "");
        row.put("x_coordinate", null);

        CrimeRecord crime = normaliser.normalise(row, LINEAGE);

        assertThat(crime.ward()).isNull();
        assertThat(crime.communityArea()).isNull();
        assertThat(crime.locationDescription()).isNull();
        assertThat(crime.updatedOn()).isNull();
        assertThat(crime.xCoordinate()).isNull();
        assertThat(crime.latitude()).isNull();
        assertThat(crime.locationFlagged())
                .as("a missing location is unknown, not unmappable")
                .isFalse();
    }

    @Test
    void notApplicableMeansNullForCodesAndNumbersButStaysInDescriptiveText() throws RowRejectedException {
        CrimeRecord crime = normalise(Map.of(
                "beat", "N/A",
                "iucr", "n/a",
                "district", "N/A",
                "x_coordinate", "N/A",
                "location_description", "N/A",
                "description", "UNKNOWN"));

        assertThat(crime.beat()).isNull();
        assertThat(crime.iucr()).isNull();
        assertThat(crime.district()).isNull();
        assertThat(crime.xCoordinate()).isNull();
        assertThat(crime.locationDescription()).isEqualTo("N/A");
        assertThat(crime.description()).isEqualTo("UNKNOWN");
    }

    @Test
    void missingYearIsTakenFromTheIncidentDate() throws RowRejectedException {
        var row = new HashMap<>(CrimeRecordFixtures.sodaRow());
        row.remove("year");

        assertThat(normaliser.normalise(row, LINEAGE).year()).isEqualTo(2022);
    }

    @Test
    void daylightSavingGapTimeIsKeptAsWritten() throws RowRejectedException {
        CrimeRecord crime = normalise(Map.of("date", "03/10/2024 02:30:00 AM"));

        assertThat(crime.date()).isEqualTo(LocalDateTime.parse("2024-03-10T02:30:00"));
    }

    @Test
    void midnightIsHourZero() throws RowRejectedException {
        CrimeRecord crime = normalise(Map.of("date", "01/01/2024 12:00:00 AM"));

        assertThat(crime.date()).isEqualTo(LocalDateTime.parse("2024-01-01T00:00:00"));
    }

    @ParameterizedTest(name = "lat {0}, lon {1}")
    @CsvSource({
        "36.619446395, -91.686565684", // the portal's known placeholder location outside Illinois
        "0, 0",
        "41.5, -87.7",
        "41.9, -87.4",
        "41.9, ''",
        "'', -87.7"
    })
    void outOfChicagoOrHalfMissingLocationIsFlaggedAndNulledNotDropped(String latitude, String longitude)
            throws RowRejectedException {
        CrimeRecord crime = normalise(Map.of("latitude", latitude, "longitude", longitude, "x_coordinate", "0"));

        assertThat(crime.locationFlagged()).isTrue();
        assertThat(crime.latitude()).isNull();
        assertThat(crime.longitude()).isNull();
        assertThat(crime.xCoordinate()).as("x/y are kept as given").isEqualTo(0.0);
        assertThat(crime.id()).isEqualTo(12654853L);
    }

    @Test
    void locationOnTheBoundingBoxEdgeIsKept() throws RowRejectedException {
        CrimeRecord crime = normalise(Map.of("latitude", "41.6", "longitude", "-87.5"));

        assertThat(crime.locationFlagged()).isFalse();
        assertThat(crime.latitude()).isEqualTo(41.6);
    }

    @ParameterizedTest(name = "id ''{0}''")
    @ValueSource(strings = {"", "  ", "N/A", "abc", "12.5", "1e3", "99999999999999999999"})
    void rejectsRowWithoutUsableId(String id) {
        assertRejected(Map.of("id", id), "id");
    }

    @Test
    void rejectsRowWithoutIdKey() {
        var row = new HashMap<>(CrimeRecordFixtures.sodaRow());
        row.remove("id");

        assertThatThrownBy(() -> normaliser.normalise(row, LINEAGE))
                .isInstanceOfSatisfying(RowRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("id");
                    assertThat(e.reason()).isEqualTo("missing required value");
                    assertThat(e.rawValue()).isNull();
                });
    }

    @ParameterizedTest(name = "date ''{0}''")
    @ValueSource(strings = {"", "2024-02-30T10:00:00.000", "2024-01-01T10:00:00Z", "13/01/2024 10:00:00 AM", "soon"})
    void rejectsRowWithoutUsableDate(String date) {
        assertRejected(Map.of("date", date), "date");
    }

    @Test
    void rejectionNamesFieldReasonAndRawValue() {
        assertThatThrownBy(() -> normalise(Map.of("arrest", "Y")))
                .isInstanceOfSatisfying(RowRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("arrest");
                    assertThat(e.reason()).isEqualTo("expected true or false");
                    assertThat(e.rawValue()).isEqualTo("Y");
                    assertThat(e.getMessage()).isEqualTo("field 'arrest': expected true or false (got 'Y')");
                });
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource({"domestic, ''", "district, nine", "ward, 12.0", "year, MMXXIV", "updated_on, 2025-05-17"})
    void rejectsPresentValuesThatDoNotParse(String field, String value) {
        assertRejected(Map.of(field, value), field);
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource({
        "latitude, NaN",
        "latitude, '41,8'",
        "longitude, Infinity",
        "x_coordinate, 1175476d",
        "y_coordinate, north"
    })
    void unreadableCoordinateKeepsTheIncidentButFlagsAndNullsTheLocation(String field, String value)
            throws RowRejectedException {
        CrimeRecord crime = normalise(Map.of(field, value));

        assertThat(crime.locationFlagged()).isTrue();
        assertThat(crime.latitude()).isNull();
        assertThat(crime.longitude()).isNull();
        if (field.endsWith("_coordinate")) {
            assertThat(field.startsWith("x") ? crime.xCoordinate() : crime.yCoordinate())
                    .isNull();
        }
    }

    private CrimeRecord normalise(Map<String, String> overrides) throws RowRejectedException {
        var row = new HashMap<>(CrimeRecordFixtures.sodaRow());
        row.putAll(overrides);
        return normaliser.normalise(row, LINEAGE);
    }

    private void assertRejected(Map<String, String> overrides, String field) {
        assertThatThrownBy(() -> normalise(overrides))
                .isInstanceOfSatisfying(
                        RowRejectedException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}

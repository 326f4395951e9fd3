package io.crimelake.ingest.adapter.out.socrata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SodaRowParserTest {
    private final SodaRowParser parser =
            new SodaRowParser(Set.of("id", "date", "arrest", "latitude", "longitude", "location", "ward"));

    @Test
    void turnsEveryScalarIntoTextAndNullsIntoMissingValues() throws IOException {
        CollectingReceiver rows = parse("[{\"id\":\"7\",\"arrest\":true,\"ward\":12,\"date\":null}]");

        assertThat(rows.rows).singleElement().satisfies(row -> {
            assertThat(row)
                    .containsEntry("id", "7")
                    .containsEntry("arrest", "true")
                    .containsEntry("ward", "12");
            assertThat(row).doesNotContainKey("date");
        });
    }

    @Test
    void takesCoordinatesFromALegacyLocationObject() throws IOException {
        CollectingReceiver rows = parse("[{\"id\":\"1\",\"location\":{\"latitude\":\"41.88\",\"longitude\":\"-87.63\","
                + "\"human_address\":\"{\\\"address\\\": \\\"\\\"}\"}}]");

        assertThat(rows.rows.getFirst()).containsEntry("latitude", "41.88").containsEntry("longitude", "-87.63");
    }

    @Test
    void takesCoordinatesFromAGeoJsonPointInLongitudeLatitudeOrder() throws IOException {
        CollectingReceiver rows =
                parse("[{\"id\":\"1\",\"location\":{\"type\":\"Point\",\"coordinates\":[-87.63,41.88]}}]");

        assertThat(rows.rows.getFirst()).containsEntry("latitude", "41.88").containsEntry("longitude", "-87.63");
    }

    @Test
    void keepsTheRowsOwnCoordinatesOverItsLocation() throws IOException {
        CollectingReceiver rows = parse("[{\"latitude\":\"41.9\",\"longitude\":\"-87.7\","
                + "\"location\":{\"type\":\"Point\",\"coordinates\":[-87.63,41.88]}}]");

        assertThat(rows.rows.getFirst()).containsEntry("latitude", "41.9").containsEntry("longitude", "-87.7");
    }

    @Test
    void reportsUnknownFieldsAndSkipsNestedValues() throws IOException {
        CollectingReceiver rows =
                parse("[{\"id\":\"1\",\"source_system\":\"X\",\"extra\":{\"a\":[1,2]}},{\"id\":\"2\"}]");

        assertThat(rows.unknownFields).containsExactly("extra", "source_system");
        assertThat(rows.rows).hasSize(2);
        assertThat(rows.rows.getFirst()).containsEntry("source_system", "X").doesNotContainKey("extra");
    }

    @Test
    void aBodyCutShortIsRetryable() {
        assertThatThrownBy(() -> parse("[{\"id\":\"1\"},{\"id\":\"2\",\"da"))
                .isInstanceOf(RetryableSourceException.class)
                .hasMessageContaining("broken off");
        assertThatThrownBy(() -> parse("")).isInstanceOf(RetryableSourceException.class);
    }

    @Test
    void readsACountAnswer() {
        assertThat(SodaRowParser.parseCount(stream("[{\"total\":\"8300000\"}]")))
                .isEqualTo(8_300_000L);
    }

    private CollectingReceiver parse(String json) throws IOException {
        CollectingReceiver receiver = new CollectingReceiver();
        receiver.unknownFields(parser.parse(stream(json), receiver));
        return receiver;
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}

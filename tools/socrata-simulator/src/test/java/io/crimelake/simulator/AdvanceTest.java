package io.crimelake.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.data.FloatingTimestamps;
import io.crimelake.simulator.synthetic.AdvanceResult;
import io.crimelake.simulator.synthetic.SyntheticHistory;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AdvanceTest {

    private static final String ROWS = "resource/ijzp-q8t2.json";

    @Test
    void advancingADayAddsUpdatesAndDeletesRowsAndMovesRowsUpdatedAt() throws Exception {
        try (SocrataSimulator simulator =
                SocrataSimulator.builder().seed(5).rows(5_000).start()) {
            SodaHttp http = new SodaHttp(simulator);
            CrimeTable before = simulator.table();
            long rowsUpdatedAtBefore = rowsUpdatedAt(http);
            String clockBefore = LocalDateTime.ofInstant(simulator.rowsUpdatedAt(), SyntheticHistory.CHICAGO)
                    .toString();

            AdvanceResult result = simulator.advanceDays(1);

            assertThat(result.added()).isBetween(500, 900);
            assertThat(result.updated()).isPositive();
            assertThat(result.deleted()).isPositive();
            assertThat(simulator.table().size()).isEqualTo(before.size() + result.added() - result.deleted());
            assertThat(rowsUpdatedAt(http)).isEqualTo(rowsUpdatedAtBefore + 86_400);
            JsonNode changed = http.rows(ROWS, "$where", "updated_on > '" + clockBefore + "'", "$limit", "50000");
            assertThat(changed).hasSize(result.added() + result.updated());
            assertThat(ids(simulator.table()))
                    .doesNotContainAnyElementsOf(deletedIds(before, simulator.table()))
                    .hasSize(simulator.table().size());
            assertThat(deletedIds(before, simulator.table())).hasSize(result.deleted());
        }
    }

    @Test
    void newRowsAreDatedAfterTheOldOnesAndUpdatedNoEarlierThanTheirDate() throws Exception {
        try (SocrataSimulator simulator =
                SocrataSimulator.builder().seed(5).rows(2_000).start()) {
            long newestBefore = FloatingTimestamps.parseIso(new SodaHttp(simulator)
                    .rows(ROWS, "$order", "date DESC", "$limit", "1")
                    .get(0)
                    .get("date")
                    .asString());

            simulator.advanceDays(1);

            JsonNode newest = new SodaHttp(simulator).rows(ROWS, "$order", "id DESC", "$limit", "100");
            newest.forEach(row -> {
                long date = FloatingTimestamps.parseIso(row.get("date").asString());
                assertThat(date).isGreaterThan(newestBefore);
                assertThat(row.get("updated_on").asString())
                        .isGreaterThanOrEqualTo(row.get("date").asString());
            });
        }
    }

    @Test
    void adminEndpointAdvancesSeveralDays() throws Exception {
        try (SocrataSimulator simulator =
                SocrataSimulator.builder().seed(5).rows(1_000).start()) {
            SodaHttp http = new SodaHttp(simulator);

            HttpResponse<String> response = http.post("_sim/advance?days=2", "");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = SodaHttp.JSON.readTree(response.body());
            assertThat(body.get("added").asInt()).isGreaterThan(1_000);
            assertThat(body.get("rowsUpdatedAt").asLong()).isEqualTo(rowsUpdatedAt(http));
        }
    }

    @Test
    void advancingIsDeterministicForASeed() {
        try (SocrataSimulator first =
                        SocrataSimulator.builder().seed(9).rows(1_000).start();
                SocrataSimulator second =
                        SocrataSimulator.builder().seed(9).rows(1_000).start()) {
            first.advanceDays(2);
            second.advanceDays(2);

            assertThat(ids(first.table())).isEqualTo(ids(second.table()));
            assertThat(first.table().record(first.table().size() - 1))
                    .isEqualTo(second.table().record(second.table().size() - 1));
        }
    }

    private static long rowsUpdatedAt(SodaHttp http) throws Exception {
        return http.rows("api/views/ijzp-q8t2.json").get("rowsUpdatedAt").asLong();
    }

    private static Set<Long> deletedIds(CrimeTable before, CrimeTable after) {
        Set<Long> remaining = ids(after).stream().collect(Collectors.toSet());
        Set<Long> deleted = new HashSet<>();
        for (long id : ids(before)) {
            if (!remaining.contains(id)) {
                deleted.add(id);
            }
        }
        return deleted;
    }

    private static java.util.List<Long> ids(CrimeTable table) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            ids.add(table.id(row));
        }
        return ids;
    }
}

package io.crimelake.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PagingTest {

    private static final String ROWS = "resource/ijzp-q8t2.json";
    private static final int TOTAL = 10_000;

    private static SocrataSimulator simulator;
    private static SodaHttp http;

    @BeforeAll
    static void start() {
        simulator = SocrataSimulator.builder().seed(7).rows(TOTAL).start();
        http = new SodaHttp(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void pagingOrderedByIdWithOffsetYieldsEveryRowExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 1_000) {
            List<Long> page = http.ids(ROWS, "$order", "id", "$limit", "1000", "$offset", Integer.toString(offset));
            ids.addAll(page);
            if (page.size() < 1_000) {
                break;
            }
        }

        assertThat(ids).hasSize(TOTAL).doesNotHaveDuplicates().isSorted().isEqualTo(allIds());
    }

    @Test
    void keysetPagingOnIdYieldsEveryRowExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        long last = 0;
        while (true) {
            List<Long> page = http.ids(ROWS, "$where", "id > " + last, "$order", "id", "$limit", "777");
            if (page.isEmpty()) {
                break;
            }
            ids.addAll(page);
            last = page.getLast();
        }

        assertThat(ids).isEqualTo(allIds());
    }

    @Test
    void descendingOrderByIdPagesFromTheNewestRow() throws Exception {
        List<Long> page = http.ids(ROWS, "$order", "id DESC", "$limit", "5", "$offset", "2");

        List<Long> all = allIds();
        assertThat(page)
                .containsExactly(
                        all.get(TOTAL - 3),
                        all.get(TOTAL - 4),
                        all.get(TOTAL - 5),
                        all.get(TOTAL - 6),
                        all.get(TOTAL - 7));
    }

    @Test
    void unorderedPagingDiffersBetweenCallsAndLosesOrRepeatsRows() throws Exception {
        List<Long> first = unorderedPaging();
        List<Long> second = unorderedPaging();

        assertThat(first).isNotEqualTo(second);
        Set<Long> distinct = new HashSet<>(first);
        assertThat(distinct.size())
                .as("duplicates and gaps in one unordered paging")
                .isLessThan(TOTAL);
    }

    @Test
    void orderByNonUniqueColumnSortsEveryPage() throws Exception {
        JsonNode rows = http.rows(ROWS, "$order", "date DESC, id", "$limit", "500");

        List<String> dates = new ArrayList<>();
        rows.forEach(row -> dates.add(row.get("date").asString()));
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void limitAboveFiftyThousandIsRejectedWithSocrataError() throws Exception {
        HttpResponse<String> response = http.get(ROWS, "$limit", "50001");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = SodaHttp.JSON.readTree(response.body());
        assertThat(body.get("code").asString()).isEqualTo("query.compiler.malformed");
        assertThat(body.get("error").asBoolean()).isTrue();
        assertThat(body.get("message").asString()).contains("50001");
    }

    @Test
    void malformedWhereIsRejectedWith400() throws Exception {
        HttpResponse<String> response = http.get(ROWS, "$where", "date >> 'x' and (");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SodaHttp.JSON.readTree(response.body()).get("code").asString())
                .isEqualTo("query.compiler.malformed");
    }

    @Test
    void unknownColumnIsRejectedWith400() throws Exception {
        HttpResponse<String> response = http.get(ROWS, "$where", "colour = 'red'");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("query.soql.no-such-column").contains("colour");
    }

    @Test
    void unknownDatasetAnswers404() throws Exception {
        HttpResponse<String> response = http.get("resource/abcd-1234.json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SodaHttp.JSON.readTree(response.body()).get("error").asBoolean())
                .isTrue();
    }

    @Test
    void defaultLimitIsOneThousandRows() throws Exception {
        assertThat(http.rows(ROWS)).hasSize(1_000);
    }

    private static List<Long> unorderedPaging() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; offset < TOTAL; offset += 1_000) {
            ids.addAll(http.ids(ROWS, "$limit", "1000", "$offset", Integer.toString(offset)));
        }
        return ids;
    }

    private static List<Long> allIds() {
        List<Long> ids = new ArrayList<>();
        for (int row = 0; row < simulator.table().size(); row++) {
            ids.add(simulator.table().id(row));
        }
        return ids;
    }
}

package io.crimelake.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.simulator.fault.Fault;
import io.crimelake.simulator.fault.FaultKind;
import io.crimelake.simulator.fault.RandomFaults;
import io.crimelake.simulator.format.RowTweaks;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class FaultInjectionTest {

    private static final String ROWS = "resource/ijzp-q8t2.json";

    private static SocrataSimulator simulator;
    private static SodaHttp http;

    @BeforeAll
    static void start() {
        simulator = SocrataSimulator.builder().seed(3).rows(2_000).start();
        http = new SodaHttp(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void clearFaults() {
        simulator.faults().clear();
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() throws Exception {
        simulator.faults().enqueue(Fault.of(FaultKind.TOO_MANY_REQUESTS).withRetryAfter(Duration.ofSeconds(7)));

        HttpResponse<String> response = http.get(ROWS);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).contains("7");
    }

    @Test
    void tooManyRequestsCanComeWithoutRetryAfter() throws Exception {
        simulator.faults().enqueue(Fault.of(FaultKind.TOO_MANY_REQUESTS_WITHOUT_RETRY_AFTER));

        HttpResponse<String> response = http.get(ROWS);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void serverErrorsAndStillProcessingAreAnsweredThenTheNormalResponse() throws Exception {
        simulator
                .faults()
                .enqueue(Fault.of(FaultKind.SERVER_ERROR))
                .enqueue(Fault.of(FaultKind.SERVICE_UNAVAILABLE))
                .enqueue(Fault.of(FaultKind.STILL_PROCESSING));

        assertThat(http.get(ROWS).statusCode()).isEqualTo(500);
        HttpResponse<String> unavailable = http.get(ROWS);
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.body()).contains("<html>");
        HttpResponse<String> processing = http.get(ROWS);
        assertThat(processing.statusCode()).isEqualTo(202);
        assertThat(processing.body()).contains("processing");
        assertThat(http.get(ROWS).statusCode()).isEqualTo(200);
    }

    @Test
    void faultAppliesToTheNextNMatchingRequestsOnly() throws Exception {
        simulator.faults().enqueue(Fault.of(FaultKind.SERVER_ERROR).withTimes(2).withPathPrefix("/resource/ijzp-q8t2"));

        assertThat(http.get("api/views/ijzp-q8t2.json").statusCode()).isEqualTo(200);
        assertThat(http.get(ROWS).statusCode()).isEqualTo(500);
        assertThat(http.get(ROWS).statusCode()).isEqualTo(500);
        assertThat(http.get(ROWS).statusCode()).isEqualTo(200);
    }

    @Test
    void slowResponseArrivesAfterTheDelay() throws Exception {
        simulator.faults().enqueue(Fault.of(FaultKind.SLOW).withDelay(Duration.ofMillis(400)));

        long start = System.nanoTime();
        HttpResponse<String> response = http.get(ROWS, "$limit", "10");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void connectionResetMidBodyFailsTheClient() throws Exception {
        simulator.faults().enqueue(Fault.of(FaultKind.CONNECTION_RESET));

        assertThatThrownBy(() -> http.get(ROWS, "$limit", "500")).isInstanceOf(IOException.class);
        assertThat(http.get(ROWS, "$limit", "5").statusCode()).isEqualTo(200);
    }

    @Test
    void truncatedBodyCompletesButIsNotValidJson() throws Exception {
        simulator.faults().enqueue(Fault.of(FaultKind.TRUNCATED_BODY));

        HttpResponse<String> response = http.get(ROWS, "$limit", "500");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[{").hasSizeLessThan(5_000);
        assertThatThrownBy(() -> SodaHttp.JSON.readTree(response.body())).isInstanceOf(JacksonException.class);
    }

    @Test
    void truncationAlsoCutsShortBodies() throws Exception {
        simulator.faults().enqueue(Fault.of(FaultKind.TRUNCATED_BODY));

        HttpResponse<String> response = http.get(ROWS, "$limit", "1");

        assertThatThrownBy(() -> SodaHttp.JSON.readTree(response.body())).isInstanceOf(JacksonException.class);
    }

    @Test
    void malformedRowIsServedAmongValidRows() throws Exception {
        simulator.faults().enqueue(Fault.of(FaultKind.MALFORMED_ROW));

        JsonNode rows = http.rows(ROWS, "$limit", "10", "$order", "id");

        assertThat(rows).hasSize(11);
        assertThat(rows.get(0).get("id").asString()).isEqualTo("abc");
        assertThat(rows.get(0).get("date").asString()).isEqualTo("not-a-date");
        assertThat(rows.get(1).get("id").asString()).matches("\\d+");
    }

    @Test
    void unknownColumnAppearsInEveryRow() throws Exception {
        simulator.faults().enqueue(Fault.of(FaultKind.UNKNOWN_COLUMN));

        JsonNode rows = http.rows(ROWS, "$limit", "20");

        assertThat(rows).hasSize(20);
        rows.forEach(row -> assertThat(row.has(RowTweaks.UNKNOWN_COLUMN_NAME)).isTrue());
        assertThat(http.rows(ROWS, "$limit", "1").get(0).has(RowTweaks.UNKNOWN_COLUMN_NAME))
                .isFalse();
    }

    @Test
    void adminEndpointScriptsFaults() throws Exception {
        HttpResponse<String> scripted =
                http.post("_sim/faults", "[{\"kind\":\"503\",\"times\":2,\"path\":\"/resource/\"}]");

        assertThat(scripted.statusCode()).isEqualTo(200);
        assertThat(http.get(ROWS).statusCode()).isEqualTo(503);
        assertThat(http.get(ROWS).statusCode()).isEqualTo(503);
        assertThat(http.get(ROWS).statusCode()).isEqualTo(200);
    }

    @Test
    void adminEndpointRejectsUnknownFaultKinds() throws Exception {
        HttpResponse<String> response = http.post("_sim/faults", "{\"kind\":\"teapot\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("teapot");
    }

    @Test
    void randomFaultSpecInjectsAtTheGivenRate() {
        RandomFaults faults = RandomFaults.parse("429=0.5,reset=0.25", 1);

        assertThat(faults.probabilities())
                .containsEntry(FaultKind.TOO_MANY_REQUESTS, 0.5)
                .containsEntry(FaultKind.CONNECTION_RESET, 0.25);
        try (SocrataSimulator random =
                SocrataSimulator.builder().rows(100).randomFaults(faults).start()) {
            int failures = 0;
            for (int i = 0; i < 200; i++) {
                failures += random.faults().next("/resource/ijzp-q8t2.json").isPresent() ? 1 : 0;
            }
            assertThat(failures).isBetween(120, 180);
        }
    }
}

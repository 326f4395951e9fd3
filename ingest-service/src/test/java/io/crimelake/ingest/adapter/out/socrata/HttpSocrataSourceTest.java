package io.crimelake.ingest.adapter.out.socrata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.ingest.application.port.out.PageRequest;
import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.domain.QueryWindow;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.simulator.SocrataSimulator;
import io.crimelake.simulator.data.CrimeRecord;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.fault.Fault;
import io.crimelake.simulator.fault.FaultKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HttpSocrataSourceTest {
    private static final String DATASET = CrimesDataset.SOCRATA_ID;
    private static final QueryWindow FEBRUARY = QueryWindow.month(YearMonth.of(2024, 2));
    private static SocrataSimulator simulator;

    private static final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<CollectingReceiver> attempts = new ArrayList<>();

    @BeforeAll
    static void startSimulator() {
        simulator = SocrataSimulator.builder()
                .seed(11)
                .from(LocalDate.of(2024, 1, 1))
                .to(LocalDate.of(2024, 3, 31))
                .rows(1_800)
                .start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @AfterEach
    void dropUnfiredFaults() {
        simulator.faults().clear();
    }

    @Test
    void pagesEveryRowOfAWindowExactlyOnceInKeyOrder() {
        HttpSocrataSource source = source(settings());
        List<Long> ids = new ArrayList<>();
        Long afterKey = null;
        while (true) {
            CollectingReceiver page = fetch(source, afterKey, 97);
            page.rows.forEach(row -> ids.add(Long.parseLong(row.get("id"))));
            if (page.rows.size() < 97) {
                break;
            }
            afterKey = ids.getLast();
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates().containsExactlyElementsOf(idsIn(FEBRUARY));
        assertThat(source.countRows(DATASET, FEBRUARY)).isEqualTo(ids.size());
    }

    @ParameterizedTest
    @EnumSource(
            value = FaultKind.class,
            names = {"MALFORMED_ROW", "UNKNOWN_COLUMN"},
            mode = EnumSource.Mode.EXCLUDE)
    void survivesTransientFaultsAndDeliversTheWholePage(FaultKind kind) {
        simulator
                .faults()
                .enqueue(Fault.of(kind)
                        .withTimes(2)
                        .withPathPrefix("/resource/")
                        .withRetryAfter(Duration.ZERO)
                        .withDelay(Duration.ofMillis(50)));

        CollectingReceiver page = fetch(source(settings()), null, 50);

        assertThat(page.rows)
                .extracting(row -> Long.parseLong(row.get("id")))
                .containsExactlyElementsOf(idsIn(FEBRUARY).subList(0, 50));
        assertThat(page.discarded).isFalse();
        if (kind != FaultKind.SLOW) {
            assertThat(attempts).hasSize(3);
            assertThat(attempts.subList(0, 2))
                    .allSatisfy(attempt -> assertThat(attempt.discarded).isTrue());
        }
    }

    @Test
    void honoursRetryAfter() {
        simulator.faults().enqueue(Fault.of(FaultKind.TOO_MANY_REQUESTS).withRetryAfter(Duration.ofSeconds(1)));

        SodaSettings patient = new SodaSettings(
                simulator.baseUri(), null, Duration.ofSeconds(5), 4, Duration.ofMillis(10), Duration.ofSeconds(2));

        long started = System.nanoTime();
        fetch(source(patient), null, 10);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void retriesAResponseSlowerThanTheTimeout() {
        simulator.faults().enqueue(Fault.of(FaultKind.SLOW).withDelay(Duration.ofMillis(1_500)));
        SodaSettings impatient = new SodaSettings(
                simulator.baseUri(), null, Duration.ofMillis(400), 4, Duration.ofMillis(10), Duration.ofMillis(100));

        CollectingReceiver page = fetch(source(impatient), null, 10);

        assertThat(page.rows).hasSize(10);
        assertThat(attempts).hasSize(2);
    }

    @Test
    void givesUpAfterTheAllowedAttemptsWithTheLastReason() {
        simulator.faults().enqueue(Fault.of(FaultKind.SERVER_ERROR).withTimes(10));
        double retriesBefore = meters.counter("crimelake.ingest.retries").count();

        assertThatThrownBy(() -> fetch(source(settings()), null, 10))
                .isInstanceOf(SourceFailedException.class)
                .hasMessageContaining("after 4 attempts")
                .hasMessageContaining("HTTP 500");
        assertThat(attempts)
                .hasSize(4)
                .allSatisfy(attempt -> assertThat(attempt.discarded).isTrue());
        assertThat(meters.counter("crimelake.ingest.retries").count() - retriesBefore)
                .isEqualTo(3);
    }

    @Test
    void failsAtOnceOnAnAnswerThatRetryingCannotFix() {
        HttpSocrataSource source = source(settings());
        var request = new PageRequest("nope-nope", FEBRUARY, null, 10);

        assertThatThrownBy(() -> source.fetchPage(request, this::newAttempt))
                .isInstanceOf(SourceFailedException.class)
                .hasMessageContaining("HTTP 404");
        assertThat(attempts).hasSize(1);
    }

    @Test
    void deliversAMalformedRowForQuarantineAndReportsAnUnknownColumn() {
        simulator.faults().enqueue(Fault.of(FaultKind.MALFORMED_ROW)).enqueue(Fault.of(FaultKind.UNKNOWN_COLUMN));
        HttpSocrataSource source = source(settings());

        CollectingReceiver malformed = fetch(source, null, 5);
        CollectingReceiver unknown = fetch(source, null, 5);

        assertThat(malformed.rows).hasSize(6);
        assertThat(malformed.rows.getFirst()).containsEntry("id", "abc");
        assertThat(unknown.unknownFields).containsExactly("source_system");
        assertThat(unknown.rows).hasSize(5);
    }

    @Test
    void sendsTheAppTokenWhenConfigured() {
        try (SocrataSimulator strict =
                SocrataSimulator.builder().rows(100).requireAppToken().start()) {
            QueryWindow all = QueryWindow.since(LocalDate.of(2001, 1, 1).atStartOfDay(), null);
            SodaSettings withToken = new SodaSettings(
                    strict.baseUri(),
                    "token-123",
                    Duration.ofSeconds(5),
                    2,
                    Duration.ofMillis(1),
                    Duration.ofMillis(1));
            SodaSettings withoutToken = new SodaSettings(
                    strict.baseUri(), "", Duration.ofSeconds(5), 2, Duration.ofMillis(1), Duration.ofMillis(1));

            assertThat(source(withToken).countRows(DATASET, all)).isEqualTo(100);
            assertThatThrownBy(() -> source(withoutToken).countRows(DATASET, all))
                    .isInstanceOf(SourceFailedException.class)
                    .hasMessageContaining("HTTP 403");
        }
    }

    private CollectingReceiver fetch(HttpSocrataSource source, Long afterKey, int limit) {
        return source.fetchPage(new PageRequest(DATASET, FEBRUARY, afterKey, limit), this::newAttempt);
    }

    private CollectingReceiver newAttempt() {
        CollectingReceiver receiver = new CollectingReceiver();
        attempts.add(receiver);
        return receiver;
    }

    private static SodaSettings settings() {
        return new SodaSettings(
                simulator.baseUri(), null, Duration.ofSeconds(5), 4, Duration.ofMillis(10), Duration.ofMillis(100));
    }

    private static HttpSocrataSource source(SodaSettings settings) {
        Set<String> known = new HashSet<>(CrimesDataset.CSV_HEADERS.values());
        return new HttpSocrataSource(settings, "id", known, meters, Clock.systemUTC());
    }

    static List<Long> idsIn(QueryWindow window) {
        CrimeTable table = simulator.table();
        return IntStream.range(0, table.size())
                .mapToObj(table::record)
                .filter(row -> window.contains(row.date(), row.updatedOn()))
                .map(CrimeRecord::id)
                .sorted()
                .toList();
    }
}

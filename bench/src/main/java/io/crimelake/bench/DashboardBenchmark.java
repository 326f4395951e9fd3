package io.crimelake.bench;

import io.crimelake.simulator.SocrataSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard in headless Chromium on demo-sized data (the simulator's year, as {@code make demo} ingests it)
 * through the gateway: time from navigation to every panel drawn, and what one filter change costs in requests.
 */
final class DashboardBenchmark {
    private static final int LOADS = 7;
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private final Path work;
    private final List<String> lines = new ArrayList<>();

    DashboardBenchmark(Path work) {
        this.work = work;
    }

    /** The section for docs/benchmarks.md. */
    String markdown() {
        return "\n## Dashboard in a browser\n\n" + String.join("\n", lines) + "\n";
    }

    void run() throws Exception {
        if (HeadlessChromium.missing().isPresent()) {
            lines.add("Not measured: " + HeadlessChromium.missing().orElseThrow() + ".");
            return;
        }
        LocalDate to = LocalDate.now().minusDays(7);
        try (SocrataSimulator simulator = SocrataSimulator.builder()
                        .seed(42)
                        .from(to.minusDays(365))
                        .to(to)
                        .start();
                CrimeLakeStack stack = CrimeLakeStack.start(
                        simulator.baseUri(), Files.createDirectories(work.resolve("ui")), "bench")) {
            stack.ingestFirstRun(Duration.ofMinutes(10));
            long rows =
                    stack.getJson("/api/analytics/meta").at("/overview/rows").asLong();
            ChromeDriver browser = HeadlessChromium.start(work.resolve("ui/chromium"));
            try {
                measure(stack, new DashboardPage(browser), browser, rows);
            } finally {
                browser.quit();
            }
        }
    }

    private void measure(CrimeLakeStack stack, DashboardPage page, ChromeDriver browser, long rows) throws IOException {
        String dashboard = stack.gateway() + "/";
        browser.get(dashboard); // warm-up: JIT, the services' caches for the default window, the browser's cache
        page.awaitDrawn(TIMEOUT);
        double[] loads = new double[LOADS];
        for (int i = 0; i < LOADS; i++) {
            browser.get(dashboard);
            loads[i] = page.awaitDrawn(TIMEOUT);
        }
        LatencyResult load = LatencyResult.of("navigation to all panels drawn", loads);

        String before = browser.getCurrentUrl();
        page.trafficSinceLastCall();
        long gatewayCallsBefore = analyticsCalls(stack);
        long start = System.nanoTime();
        page.clickFirstTypeBar();
        page.awaitUrlChangeFrom(before, TIMEOUT);
        page.awaitDrawn(TIMEOUT);
        double changeMillis = (System.nanoTime() - start) / 1e6;
        DashboardPage.Traffic traffic = page.trafficSinceLastCall();
        long gatewayCalls = analyticsCalls(stack) - gatewayCallsBefore;

        lines.add(("Headless Chromium 1280×800 through the gateway, %,d incidents in the lake (a year from the"
                        + " simulator, as `make demo` ingests); default view: the last 30 days. \"Drawn\": every chart"
                        + " holds data, the headline shows its number and the incident table has rows; measured with"
                        + " `performance.now()` since navigation start, polled every 20 ms; %d loads after one warm-up.")
                .formatted(rows, LOADS));
        lines.add("");
        lines.add("| measurement | value |\n|---|---:|");
        lines.add("| navigation to all panels drawn, p50 | %.0f ms |".formatted(load.p50Millis()));
        lines.add("| navigation to all panels drawn, p95 | %.0f ms |".formatted(load.p95Millis()));
        lines.add("| one filter change (click on a type bar) to all panels drawn | %.0f ms |".formatted(changeMillis));
        lines.add("| browser HTTP requests per filter change | %d |".formatted(traffic.httpRequests()));
        lines.add("| browser WebSocket frames sent per filter change (Vaadin push) | %d |"
                .formatted(traffic.webSocketFramesSent()));
        lines.add("| ui-service → gateway `/api/analytics` calls per filter change | %d |".formatted(gatewayCalls));
        lines.add("");
        lines.add("Target (#6): navigation to all panels drawn <= 1,500 ms.");
    }

    /** Requests the gateway proxied to analytics so far, from its access log. */
    private static long analyticsCalls(CrimeLakeStack stack) throws IOException {
        try (var log = Files.lines(stack.log("gateway"))) {
            return log.filter(line -> line.contains("path=/api/analytics/")).count();
        }
    }
}

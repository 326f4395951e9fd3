package io.crimelake.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crimelake.bench.CrimeLakeStack;
import io.crimelake.bench.DashboardPage;
import io.crimelake.bench.HeadlessChromium;
import io.crimelake.simulator.SocrataSimulator;
import io.crimelake.simulator.fault.Fault;
import io.crimelake.simulator.fault.FaultKind;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard and the admin view in a real headless Chromium, against the whole stack on the packaged jars
 * (one start for all tests), through the gateway: what the page draws must be what {@code /api/analytics}
 * answers for the filter in the page's URL. Skips where Debian's chromium or chromium-driver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
    private static final String TOKEN = "e2e-browser-admin-token";
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private final List<AutoCloseable> resources = new ArrayList<>();
    private Path work;
    private SocrataSimulator simulator;
    private CrimeLakeStack stack;
    private ChromeDriver browser;
    private DashboardPage page;

    @BeforeAll
    void startStackAndBrowser() throws Exception {
        assumeTrue(
                HeadlessChromium.missing().isEmpty(),
                () -> "browser tests skipped: " + HeadlessChromium.missing().orElseThrow());
        work = Files.createTempDirectory("crimelake-browser");
        // Data up to a week before today: the simulated portal's clock (7-day publication lag) is then now.
        LocalDate to = LocalDate.now().minusDays(7);
        simulator = SocrataSimulator.builder()
                .seed(11)
                .from(to.minusDays(44))
                .to(to)
                .start();
        resources.add(simulator);
        stack = CrimeLakeStack.start(simulator.baseUri(), work, TOKEN);
        resources.add(stack);
        stack.ingestFirstRun(Duration.ofMinutes(3));
        awaitOutlines();
        browser = HeadlessChromium.start(work.resolve("chromium"));
        resources.add(browser::quit);
        page = new DashboardPage(browser);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopAll() throws Exception {
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }

    @Test
    @Order(1)
    void everyPanelDrawsWhatAnalyticsAnswersForTheFilterInTheUrl() throws Exception {
        browser.get(stack.gateway() + "/");
        page.awaitDrawn(PAGE_TIMEOUT);

        String query = filterQuery(browser.getCurrentUrl());
        assertThat(query).as("the default window is written into the URL").contains("from=", "to=");
        assertPanelsMatchAnalytics(query);
        JsonNode map = stack.getJson("/api/analytics/map?" + query).path("data");
        assertThat(map.path("mode").asString())
                .as("a 30-day window maps single incidents")
                .isEqualTo("points");
        assertThat(page.option("map-chart")).containsKey("geo");
        assertThat(page.seriesData("map-chart")).hasSize(map.path("points").size());
        screenshot("dashboard.png");
    }

    @Test
    @Order(2)
    void changingAFilterChangesTheUrlAndTheNumbers() throws Exception {
        browser.get(stack.gateway() + "/");
        page.awaitDrawn(PAGE_TIMEOUT);
        String before = browser.getCurrentUrl();
        String incidentsBefore = page.text("headline-incidents");
        LocalDate to = LocalDate.parse(parameter(before, "to"));
        LocalDate from = to.minusDays(6);

        // As a user types: select the shown date, type another (the en-US format Chromium's --lang asks for), Enter.
        WebElement fromInput = browser.findElement(By.cssSelector("#filter-from input"));
        fromInput.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        fromInput.sendKeys("%d/%d/%d".formatted(from.getMonthValue(), from.getDayOfMonth(), from.getYear()));
        fromInput.sendKeys(Keys.ENTER);
        String after = page.awaitUrlChangeFrom(before, PAGE_TIMEOUT);
        page.awaitDrawn(PAGE_TIMEOUT);

        assertThat(parameter(after, "from")).isEqualTo(from.toString());
        assertThat(page.text("headline-incidents")).isNotEqualTo(incidentsBefore);
        assertPanelsMatchAnalytics(filterQuery(after));
    }

    @Test
    @Order(3)
    void theCopiedUrlRestoresTheViewInANewPage() throws Exception {
        browser.get(stack.gateway() + "/?arrest=true&grain=week");
        page.awaitDrawn(PAGE_TIMEOUT);
        String url = browser.getCurrentUrl();
        String incidents = page.text("headline-incidents");
        List<Object> topTypes = page.seriesData("top-types-chart");
        String original = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        try {
            browser.get(url);
            page.awaitDrawn(PAGE_TIMEOUT);

            assertThat(browser.getCurrentUrl()).isEqualTo(url);
            assertThat(page.text("headline-incidents")).isEqualTo(incidents);
            assertThat(page.seriesData("top-types-chart")).isEqualTo(topTypes);
        } finally {
            browser.close();
            browser.switchTo().window(original);
        }
    }

    @Test
    @Order(4)
    void clickingATypeBarAddsThatTypeAsAFilterChip() throws Exception {
        browser.get(stack.gateway() + "/");
        page.awaitDrawn(PAGE_TIMEOUT);
        String before = browser.getCurrentUrl();
        String type = (String) ((List<?>)
                        ((Map<?, ?>) ((List<?>) page.option("top-types-chart").get("yAxis")).getFirst()).get("data"))
                .getFirst();

        page.clickFirstTypeBar();
        String after = page.awaitUrlChangeFrom(before, PAGE_TIMEOUT);
        page.awaitDrawn(PAGE_TIMEOUT);

        assertThat(parameter(after, "type")).isEqualTo(type);
        assertThat(browser.findElement(By.id("filter-chips")).getText()).contains(type);
        assertPanelsMatchAnalytics(filterQuery(after));
    }

    @Test
    @Order(5)
    void aLongWindowColoursAreasAndClickingOneNarrowsToIt() throws Exception {
        String lastDay = stack.getJson("/api/analytics/meta")
                .at("/overview/lastIncident")
                .asString()
                .substring(0, 10);
        LocalDate to = LocalDate.parse(lastDay);
        browser.get(stack.gateway() + "/?from=" + to.minusDays(119) + "&to=" + to);
        page.awaitDrawn(PAGE_TIMEOUT);
        String before = browser.getCurrentUrl();
        JsonNode areas =
                stack.getJson("/api/analytics/map?" + filterQuery(before)).at("/data/areas");
        assertThat(areas.size()).as("a 120-day window maps counts per area").isPositive();

        Map<?, ?> busiest = (Map<?, ?>) page.seriesData("map-chart").getFirst();
        assertThat(((Map<?, ?>) ((List<?>) page.option("map-chart").get("series")).getFirst()).get("type"))
                .isEqualTo("map");
        assertThat(((Number) busiest.get("value")).longValue()).isEqualTo(maxCount(areas));
        int area = areaNamed(String.valueOf(busiest.get("name")));
        double[] centre = centreOf(area);
        screenshot("dashboard-areas.png");
        page.clickChart("map-chart", "{seriesIndex: 0}", "[%s, %s]".formatted(centre[0], centre[1]));
        String after = page.awaitUrlChangeFrom(before, PAGE_TIMEOUT);

        assertThat(parameter(after, "communityArea")).isEqualTo(Integer.toString(area));
        page.awaitDrawn(PAGE_TIMEOUT);
        assertPanelsMatchAnalytics(filterQuery(after));
    }

    @Test
    @Order(7)
    void theCsvDownloadHoldsOneRowPerMatchingIncident() throws Exception {
        browser.get(stack.gateway() + "/");
        page.awaitDrawn(PAGE_TIMEOUT);
        String query = filterQuery(browser.getCurrentUrl());

        browser.findElement(By.id("export-csv")).click();
        Path csv = awaitDownload(".csv");

        long expected = stack.getJson("/api/analytics/arrest-rate?" + query)
                .at("/data/overall/incidents")
                .asLong();
        assertThat(expected).isPositive();
        assertThat(CsvRecords.count(Files.readString(csv)) - 1)
                .as("rows after the header")
                .isEqualTo(expected);
    }

    @Test
    @Order(6)
    void theFreshnessBadgeShowsTheLastRun() throws Exception {
        browser.get(stack.gateway() + "/");
        page.awaitDrawn(PAGE_TIMEOUT);
        JsonNode meta = stack.getJson("/api/analytics/meta");

        String badge = page.text("freshness");
        assertThat(badge).contains("snapshot: " + meta.path("snapshotId").asString());
        assertThat(badge).startsWith("Last ingest: ").doesNotContain("Last ingest: never");
        assertThat(browser.findElement(By.id("freshness")).getDomAttribute("data-stale"))
                .isEqualTo("false");
    }

    @Test
    @Order(8) // after the dashboard's tests: its run changes the data they compare against
    void theAdminViewNeedsTheTokenAndFollowsARunToCompletion() throws Exception {
        browser.get(stack.gateway() + "/admin");
        signIn("not-the-token");
        new WebDriverWait(browser, PAGE_TIMEOUT)
                .until(d -> !d.findElements(By.cssSelector("vaadin-notification-card[theme~='error']"))
                        .isEmpty());
        assertThat(browser.findElements(By.id("start-incremental"))).isEmpty();

        signIn(TOKEN);
        WebElement start = new WebDriverWait(browser, PAGE_TIMEOUT)
                .until(d -> d.findElements(By.id("start-incremental")).stream()
                        .findFirst()
                        .orElse(null));
        // Slow source pages keep the run visibly running for a few seconds.
        simulator
                .faults()
                .enqueue(Fault.of(FaultKind.SLOW)
                        .withTimes(2)
                        .withPathPrefix("/resource/" + simulator.datasetId())
                        .withDelay(Duration.ofSeconds(2)));
        start.click();
        WebElement progress = new WebDriverWait(browser, PAGE_TIMEOUT)
                .until(d -> d.findElements(By.cssSelector("[id^='run-progress-'][id$='-text']")).stream()
                        .findFirst()
                        .orElse(null));
        String runId = progress.getDomAttribute("id").replaceAll("^run-progress-|-text$", "");
        assertThat(progress.getText()).containsAnyOf("PENDING", "RUNNING");
        screenshot("admin.png");

        new WebDriverWait(browser, Duration.ofMinutes(2))
                .until(d -> d.findElements(By.id("run-progress-" + runId)).isEmpty());
        assertThat(stack.getJson("/api/ingest/runs/" + runId).path("status").asString())
                .isEqualTo("COMPLETED");
        new WebDriverWait(browser, PAGE_TIMEOUT)
                .until(d -> d.findElement(By.id("run-history")).getText().contains("COMPLETED"));
        screenshot("admin-completed.png");
    }

    /** Headline, time series, top types, heatmap and arrest rates equal analytics' answers for {@code query}. */
    private void assertPanelsMatchAnalytics(String query) throws Exception {
        JsonNode rates = stack.getJson("/api/analytics/arrest-rate?" + query).path("data");
        assertThat(page.text("headline-incidents"))
                .isEqualTo("%,d".formatted(rates.at("/overall/incidents").asLong()));
        assertThat(numbers(page.seriesData("timeseries-chart")))
                .isEqualTo(counts(
                        stack.getJson("/api/analytics/timeseries?" + query).path("data")));
        assertThat(numbers(page.seriesData("top-types-chart")))
                .isEqualTo(counts(
                        stack.getJson("/api/analytics/top-types?" + query).path("data")));
        long heatmapTotal = page.seriesData("heatmap-chart").stream()
                .mapToLong(cell -> ((Number) ((List<?>) cell).get(2)).longValue())
                .sum();
        assertThat(heatmapTotal).isEqualTo(rates.at("/overall/incidents").asLong());
        List<?> arrestRows = (List<?>)
                ((Map<?, ?>) ((List<?>) page.option("arrest-rate-chart").get("dataset")).getFirst()).get("source");
        assertThat(arrestRows).hasSize(rates.path("byType").size());
    }

    /** Ingest loads the community-area outlines with its run; analytics serves them after its next poll. */
    private void awaitOutlines() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (stack.getJson("/api/analytics/boundaries").path("features").isEmpty()) {
            assertThat(System.nanoTime()).as("outlines served within a minute").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private void signIn(String token) {
        WebElement field = new WebDriverWait(browser, PAGE_TIMEOUT)
                .until(d -> d.findElements(By.cssSelector("#admin-token input")).stream()
                        .findFirst()
                        .orElse(null));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), token);
        browser.findElement(By.id("admin-login")).click();
    }

    private int areaNamed(String name) throws Exception {
        for (JsonNode feature : stack.getJson("/api/analytics/boundaries").path("features")) {
            if (feature.at("/properties/name").asString().equals(name)) {
                return feature.at("/properties/area").asInt();
            }
        }
        throw new AssertionError("no outline named " + name);
    }

    /** The centre of the bounding box of the area's first polygon: inside it for the simulator's cells. */
    private double[] centreOf(int area) throws Exception {
        for (JsonNode feature : stack.getJson("/api/analytics/boundaries").path("features")) {
            if (feature.at("/properties/area").asInt() == area) {
                JsonNode geometry = feature.path("geometry");
                JsonNode ring = geometry.path("type").asString().equals("MultiPolygon")
                        ? geometry.at("/coordinates/0/0")
                        : geometry.at("/coordinates/0");
                double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
                double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
                for (JsonNode position : ring) {
                    minLon = Math.min(minLon, position.get(0).asDouble());
                    maxLon = Math.max(maxLon, position.get(0).asDouble());
                    minLat = Math.min(minLat, position.get(1).asDouble());
                    maxLat = Math.max(maxLat, position.get(1).asDouble());
                }
                return new double[] {(minLon + maxLon) / 2, (minLat + maxLat) / 2};
            }
        }
        throw new AssertionError("no outline of area " + area);
    }

    private Path awaitDownload(String suffix) throws IOException {
        Path downloads = HeadlessChromium.downloads(work.resolve("chromium"));
        new WebDriverWait(browser, PAGE_TIMEOUT).until(d -> completeDownload(downloads, suffix) != null);
        return completeDownload(downloads, suffix);
    }

    private static Path completeDownload(Path downloads, String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.toString().endsWith(suffix))
                    .findFirst()
                    .orElse(null);
        } catch (IOException notYetCreated) {
            return null;
        }
    }

    private void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static long maxCount(JsonNode areas) {
        long max = 0;
        for (JsonNode area : areas) {
            max = Math.max(max, area.path("count").asLong());
        }
        return max;
    }

    private static List<Long> counts(JsonNode items) {
        List<Long> counts = new ArrayList<>();
        items.forEach(item -> counts.add(item.path("count").asLong()));
        return counts;
    }

    private static List<Long> numbers(List<Object> values) {
        return values.stream().map(value -> ((Number) value).longValue()).toList();
    }

    /** The page URL's filter as analytics parameters: the query string without the dashboard's own grain. */
    private static String filterQuery(String url) {
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        return String.join(
                "&",
                Stream.of(query.split("&"))
                        .filter(pair -> !pair.isEmpty() && !pair.startsWith("grain="))
                        .toList());
    }

    private static String parameter(String url, String name) {
        return Stream.of(filterQuery(url).split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst()
                .orElse(null);
    }
}

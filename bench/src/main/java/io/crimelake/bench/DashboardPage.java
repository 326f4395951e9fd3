package io.crimelake.bench;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as a browser test or benchmark sees it: waits until every panel has drawn data for the current
 * URL and reads what the charts draw straight from their ECharts instances.
 */
public final class DashboardPage {
    /** The charts' element ids, in page order. */
    public static final List<String> CHARTS =
            List.of("timeseries-chart", "top-types-chart", "heatmap-chart", "map-chart", "arrest-rate-chart");

    // Answers performance.now() (ms since the page's navigation started) when every chart is visible with data in
    // its first series or dataset, the headline shows a number and the incident table has rows; else null.
    private static final String DRAWN_AT = """
            const visible = e => e !== null && e.offsetParent !== null;
            const drawn = id => {
              const e = document.getElementById(id);
              if (!visible(e) || !e.instance) return false;
              const option = e.instance.getOption();
              if (!option) return false;
              const series = (option.series || [])[0];
              const dataset = (option.dataset || [])[0];
              return ((series && series.data) || []).length + ((dataset && dataset.source) || []).length > 0;
            };
            const headline = document.getElementById('headline-incidents');
            const table = document.getElementById('incident-table');
            const done = arguments[0].every(drawn) && visible(headline) && headline.textContent.trim() !== ''
                && visible(table) && table.querySelectorAll('vaadin-grid-cell-content').length > 0;
            return done ? performance.now() : null;
            """;

    /** How often {@link #awaitDrawn} looks: small, because it bounds how late a drawn page is noticed. */
    private static final Duration POLL = Duration.ofMillis(20);

    private final WebDriver driver;

    public DashboardPage(WebDriver driver) {
        this.driver = requireNonNull(driver, "driver is null");
    }

    /**
     * Waits until every panel is drawn; answers the time since the page's navigation started, in ms (noticed at
     * most one poll plus one script call late).
     */
    public double awaitDrawn(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL)
                .until(d -> (Number) js().executeScript(DRAWN_AT, CHARTS))
                .doubleValue();
    }

    /** Waits until the address bar shows something other than {@code url}; answers the new URL. */
    public String awaitUrlChangeFrom(String url, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> !url.equals(d.getCurrentUrl()));
        return driver.getCurrentUrl();
    }

    /** The first series' data as the chart draws it (numbers, or arrays such as {@code [lon, lat]}). */
    @SuppressWarnings("unchecked")
    public List<Object> seriesData(String chartId) {
        return (List<Object>) js().executeScript(
                        "return document.getElementById(arguments[0]).instance.getOption().series[0].data;", chartId);
    }

    /** The chart's whole option as drawn, as nested maps and lists. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> option(String chartId) {
        return (Map<String, Object>)
                js().executeScript("return document.getElementById(arguments[0]).instance.getOption();", chartId);
    }

    /** The text of the element with id {@code id}. */
    public String text(String id) {
        return (String) js().executeScript("return document.getElementById(arguments[0]).textContent;", id);
    }

    /**
     * Clicks chart {@code chartId} like a user, where the ECharts call {@code convertToPixel(finder, value)} puts
     * {@code value}; both are JavaScript expressions, and {@code value} may use the chart's option as {@code o}.
     */
    public void clickChart(String chartId, String finder, String value) {
        List<?> point = (List<?>) js().executeScript("""
                        const e = document.getElementById(arguments[0]);
                        e.scrollIntoView({block: 'center'});
                        const o = e.instance.getOption();
                        const p = e.instance.convertToPixel(%s, %s);
                        const r = e.getBoundingClientRect();
                        return [Math.round(r.left + p[0]), Math.round(r.top + p[1])];
                        """.formatted(finder, value), chartId);
        new Actions(driver)
                .moveToLocation(((Number) point.get(0)).intValue(), ((Number) point.get(1)).intValue())
                .click()
                .perform();
    }

    /** Clicks the middle of the top-types chart's first (most frequent) bar. */
    public void clickFirstTypeBar() {
        clickChart("top-types-chart", "{xAxisIndex: 0, yAxisIndex: 0}", "[o.series[0].data[0] / 2, 0]");
    }

    /** What the browser sent since the last call: HTTP requests and WebSocket frames (Vaadin push). */
    public Traffic trafficSinceLastCall() {
        List<String> events = driver.manage().logs().get("performance").getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
        return new Traffic(
                events.stream()
                        .filter(event -> event.contains("\"Network.requestWillBeSent\""))
                        .count(),
                events.stream()
                        .filter(event -> event.contains("\"Network.webSocketFrameSent\""))
                        .count());
    }

    /** Counts of what a browser sent. */
    public record Traffic(long httpRequests, long webSocketFramesSent) {}

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}

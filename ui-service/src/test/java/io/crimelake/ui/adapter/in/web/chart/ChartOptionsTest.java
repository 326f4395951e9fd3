package io.crimelake.ui.adapter.in.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ui.domain.AreaCount;
import io.crimelake.ui.domain.ArrestRate;
import io.crimelake.ui.domain.ArrestRates;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.Heatmap;
import io.crimelake.ui.domain.TimeSeriesPoint;
import io.crimelake.ui.domain.TypeCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ChartOptionsTest {

    @Test
    void timeSeriesHasOneCategoryAndOneValuePerBucket() {
        ObjectNode option = TimeSeriesOptions.of(
                List.of(
                        new TimeSeriesPoint(LocalDate.of(2024, 3, 4), 12),
                        new TimeSeriesPoint(LocalDate.of(2024, 3, 11), 7)),
                Grain.WEEK);

        assertThat(texts(option.at("/xAxis/data"))).containsExactly("2024-03-04", "2024-03-11");
        assertThat(option.at("/xAxis/name").asString()).isEqualTo("Week starting");
        assertThat(option.at("/series/0/type").asString()).isEqualTo("line");
        assertThat(longs(option.at("/series/0/data"))).containsExactly(12L, 7L);
    }

    @Test
    void everyOptionSwitchesOnAriaAndTheColourBlindSafePalette() {
        ObjectNode option = TopTypesOptions.of(List.of(new TypeCount("THEFT", 3)));

        assertThat(option.at("/aria/enabled").asBoolean()).isTrue();
        assertThat(texts(option.at("/color"))).startsWith("#0072B2", "#E69F00");
    }

    @Test
    void topTypesDrawsTheMostFrequentTypeOnTop() {
        ObjectNode option = TopTypesOptions.of(List.of(new TypeCount("THEFT", 30), new TypeCount("BATTERY", 20)));

        assertThat(texts(option.at("/yAxis/data"))).containsExactly("THEFT", "BATTERY");
        assertThat(option.at("/yAxis/inverse").asBoolean()).isTrue();
        assertThat(longs(option.at("/series/0/data"))).containsExactly(30L, 20L);
    }

    @Test
    void heatmapHasACellPerDayAndHourWithLabelledAxes() {
        List<List<Long>> counts = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            List<Long> row = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                row.add(day == 4 && hour == 22 ? 9L : 1L);
            }
            counts.add(row);
        }

        ObjectNode option = HeatmapOptions.of(new Heatmap(counts));

        JsonNode data = option.at("/series/0/data");
        assertThat(data.size()).isEqualTo(7 * 24);
        assertThat(longs(data.get(4 * 24 + 22))).containsExactly(22L, 4L, 9L);
        assertThat(texts(option.at("/yAxis/data"))).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(texts(option.at("/xAxis/data"))).startsWith("00", "01").endsWith("23");
        assertThat(option.at("/xAxis/name").asString()).contains("Chicago");
        assertThat(option.at("/visualMap/max").asLong()).isEqualTo(9);
    }

    @Test
    void arrestRateBarsShowPercentAndCarryBothCountsForTheTooltip() {
        ArrestRates rates = new ArrestRates(
                new ArrestRate("ALL", 300, 100, 33.333),
                List.of(new ArrestRate("NARCOTICS", 100, 99, 99.0), new ArrestRate("THEFT", 200, 1, 0.5)));

        ObjectNode option = ArrestRateOptions.of(rates);

        assertThat(texts(option.at("/dataset/dimensions"))).containsExactly("type", "arrest %", "arrests", "incidents");
        JsonNode firstRow = option.at("/dataset/source/0");
        assertThat(firstRow.get(0).asString()).isEqualTo("NARCOTICS");
        assertThat(firstRow.get(1).asDouble()).isEqualTo(99.0);
        assertThat(firstRow.get(2).asLong()).isEqualTo(99);
        assertThat(firstRow.get(3).asLong()).isEqualTo(100);
        assertThat(texts(option.at("/series/0/encode/tooltip"))).containsExactly("arrest %", "arrests", "incidents");
        assertThat(option.at("/xAxis/max").asInt()).isEqualTo(100);
    }

    @Test
    void communityAreaBarsNameEachAreaWithItsNumberInTheGivenOrder() {
        ObjectNode option = CommunityAreaOptions.of(
                List.of(new AreaCount(25, "Austin", 812), new AreaCount(8, "Near North Side", 640)));

        assertThat(texts(option.at("/yAxis/data"))).containsExactly("Austin (25)", "Near North Side (8)");
        assertThat(longs(option.at("/series/0/data"))).containsExactly(812L, 640L);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asLong()));
        return values;
    }
}

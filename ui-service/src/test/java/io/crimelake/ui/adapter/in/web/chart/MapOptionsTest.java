package io.crimelake.ui.adapter.in.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ui.domain.AreaCount;
import io.crimelake.ui.domain.AreaOutlines;
import io.crimelake.ui.domain.CrimeMap;
import io.crimelake.ui.domain.MapPoint;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class MapOptionsTest {
    private static final AreaOutlines LOOP_AND_AUSTIN =
            new AreaOutlines("{\"type\":\"FeatureCollection\",\"features\":[]}", Map.of("LOOP", 32, "AUSTIN", 25));
    private static final AreaOutlines NONE = new AreaOutlines("{}", Map.of());

    @Test
    void drawsPointsAsLongitudeLatitudeOverTheOutlines() {
        ObjectNode option =
                MapOptions.of(CrimeMap.ofPoints(List.of(new MapPoint(41.88, -87.63, "THEFT")), false), LOOP_AND_AUSTIN);

        assertThat(option.at("/geo/map").asString()).isEqualTo(MapOptions.MAP_NAME);
        assertThat(option.at("/geo/silent").asBoolean())
                .as("areas answer clicks")
                .isFalse();
        assertThat(option.at("/series/0/type").asString()).isEqualTo("scatter");
        assertThat(option.at("/series/0/coordinateSystem").asString()).isEqualTo("geo");
        assertThat(option.at("/series/0/data/0/0").asDouble()).isEqualTo(-87.63);
        assertThat(option.at("/series/0/data/0/1").asDouble()).isEqualTo(41.88);
        assertThat(option.at("/series/0/itemStyle/color").asString()).isEqualTo(ChartJson.PALETTE.getFirst());
    }

    @Test
    void coloursAreasByCountUnderTheirOutlineNamesOnAViridisScale() {
        ObjectNode option = MapOptions.of(
                CrimeMap.ofAreas(List.of(new AreaCount(32, "Loop", 900), new AreaCount(25, "Austin", 300))),
                LOOP_AND_AUSTIN);

        assertThat(option.at("/series/0/type").asString()).isEqualTo("map");
        assertThat(option.at("/series/0/map").asString()).isEqualTo(MapOptions.MAP_NAME);
        assertThat(option.at("/series/0/data/0/name").asString()).isEqualTo("LOOP");
        assertThat(option.at("/series/0/data/0/value").asLong()).isEqualTo(900);
        assertThat(option.at("/series/0/data/1/name").asString()).isEqualTo("AUSTIN");
        assertThat(option.at("/visualMap/max").asLong()).isEqualTo(900);
        assertThat(option.at("/visualMap/inRange/color/0").asString()).isEqualTo(ChartJson.SEQUENTIAL.getFirst());
    }

    @Test
    void keepsTheAnalyticsNameOfAnAreaWithoutOutline() {
        ObjectNode option = MapOptions.of(CrimeMap.ofAreas(List.of(new AreaCount(76, "O'Hare", 5))), LOOP_AND_AUSTIN);

        assertThat(option.at("/series/0/data/0/name").asString()).isEqualTo("O'Hare");
    }

    @Test
    void withoutOutlinesDrawsPointsOnPlainAxes() {
        ObjectNode option =
                MapOptions.of(CrimeMap.ofPoints(List.of(new MapPoint(41.88, -87.63, "THEFT")), false), NONE);

        assertThat(option.has("geo")).isFalse();
        assertThat(option.at("/xAxis/name").asString()).isEqualTo("Longitude");
        assertThat(option.at("/series/0/coordinateSystem").isMissingNode()).isTrue();
    }

    @Test
    void withoutOutlinesDrawsTheBusiestTwentyAreasAsBars() {
        List<AreaCount> areas = IntStream.rangeClosed(1, 30)
                .mapToObj(area -> new AreaCount(area, "Area " + area, 100 - area))
                .toList();

        ObjectNode option = MapOptions.of(CrimeMap.ofAreas(areas), NONE);

        assertThat(option.at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(option.at("/series/0/data").size()).isEqualTo(20);
        assertThat(option.at("/yAxis/data/0").asString()).isEqualTo("Area 1 (1)");
    }
}

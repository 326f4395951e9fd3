package io.crimelake.ingest.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommunityAreaBoundariesTest {
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}";

    @Test
    void ordersAreasByNumberAndTrimsNames() {
        var boundaries = new CommunityAreaBoundaries(List.of(
                new CommunityAreaBoundary(32, " LOOP ", SQUARE),
                new CommunityAreaBoundary(8, "NEAR NORTH SIDE", SQUARE)));

        assertThat(boundaries.areas()).extracting(CommunityAreaBoundary::area).containsExactly(8, 32);
        assertThat(boundaries.areas().get(1).name()).isEqualTo("LOOP");
    }

    @Test
    void rejectsDuplicateAreasAnEmptyDatasetAndUnnamedOrShapelessAreas() {
        var loop = new CommunityAreaBoundary(32, "LOOP", SQUARE);

        assertThatThrownBy(() -> new CommunityAreaBoundaries(List.of(loop, loop)))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new CommunityAreaBoundaries(List.of())).hasMessageContaining("no community areas");
        assertThatThrownBy(() -> new CommunityAreaBoundary(32, " ", SQUARE)).hasMessageContaining("no name");
        assertThatThrownBy(() -> new CommunityAreaBoundary(0, "LOOP", SQUARE)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new CommunityAreaBoundary(32, "LOOP", "null")).hasMessageContaining("geometry");
    }
}

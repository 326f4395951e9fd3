package io.crimelake.ui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AreaOutlinesTest {
    private final AreaOutlines outlines = new AreaOutlines("{}", Map.of("LOOP", 32));

    @Test
    void findsAnAreaByItsOutlineName() {
        assertThat(outlines.areaNamed("LOOP")).hasValue(32);
        assertThat(outlines.areaNamed("Loop")).isEmpty();
    }

    @Test
    void namesAnAreaAsItsOutlineDoesOrFallsBack() {
        assertThat(outlines.nameOf(32, "Loop")).isEqualTo("LOOP");
        assertThat(outlines.nameOf(8, "Near North Side")).isEqualTo("Near North Side");
    }

    @Test
    void isEmptyWithoutNamedOutlines() {
        assertThat(outlines.isEmpty()).isFalse();
        assertThat(new AreaOutlines("{\"type\":\"FeatureCollection\",\"features\":[]}", Map.of()).isEmpty())
                .isTrue();
    }
}

package io.crimelake.ui.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrimeMapTest {

    @Test
    void showsEitherPointsOrAreas() {
        assertThatThrownBy(() -> new CrimeMap(
                        List.of(new MapPoint(41.9, -87.6, "THEFT")), List.of(new AreaCount(32, "Loop", 1)), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isEmptyWhenNothingMatched() {
        assertThat(CrimeMap.ofPoints(List.of(), false).isEmpty()).isTrue();
        assertThat(CrimeMap.ofAreas(List.of()).isEmpty()).isTrue();
        assertThat(CrimeMap.ofAreas(List.of(new AreaCount(32, "Loop", 1))).showsAreas())
                .isTrue();
    }
}

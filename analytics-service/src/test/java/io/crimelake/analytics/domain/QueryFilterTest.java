package io.crimelake.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryFilterTest {

    private static QueryFilter filter(LocalDate from, LocalDate to, List<String> types, List<Integer> districts) {
        return new QueryFilter(from, to, types, districts, List.of(), null, null, null, null);
    }

    @Test
    void normalisesListsSoEqualFiltersAreEqual() {
        QueryFilter a = filter(null, null, List.of("theft", " BATTERY ", "THEFT"), List.of(9, 3, 9));
        QueryFilter b = filter(null, null, List.of("BATTERY", "THEFT"), List.of(3, 9));

        assertThat(a).isEqualTo(b);
        assertThat(a.types()).containsExactly("BATTERY", "THEFT");
        assertThat(a.districts()).containsExactly(3, 9);
    }

    @Test
    void rejectsFromAfterToNamingFrom() {
        assertThatThrownBy(() -> filter(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31), null, null))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("from"));
    }

    @Test
    void rejectsTypesThatAreNotPrimaryTypeNames() {
        for (String type : List.of("THEFT'--", "", "ÜBER", "A".repeat(61), "1ST")) {
            assertThatThrownBy(() -> filter(null, null, List.of(type), null))
                    .as(type)
                    .isInstanceOfSatisfying(
                            InvalidParameterException.class,
                            e -> assertThat(e.parameter()).isEqualTo("type"));
        }
    }

    @Test
    void rejectsOutOfRangeNumbersAndTooManyValues() {
        assertThatThrownBy(() -> filter(null, null, null, List.of(100))).hasMessageContaining("between 1 and 99");
        assertThatThrownBy(() -> filter(null, null, null, Collections.nCopies(51, 1)))
                .hasMessageContaining("at most 50");
        assertThatThrownBy(() -> new QueryFilter(null, null, null, null, List.of(78), null, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("communityArea"));
        assertThatThrownBy(() -> new QueryFilter(null, null, null, null, null, null, null, 24, null))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("hourFrom"));
        assertThatThrownBy(() -> filter(LocalDate.of(1899, 12, 31), null, null, null))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void completesAHalfOpenHourRange() {
        QueryFilter onlyFrom = new QueryFilter(null, null, null, null, null, null, null, 20, null);
        QueryFilter onlyTo = new QueryFilter(null, null, null, null, null, null, null, null, 5);

        assertThat(onlyFrom.hourTo()).isEqualTo(23);
        assertThat(onlyTo.hourFrom()).isZero();
    }

    @Test
    void countsWindowDaysInclusivelyAndOpenWindowsAsUnbounded() {
        assertThat(filter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 30), null, null)
                        .windowDays())
                .isEqualTo(90);
        assertThat(filter(LocalDate.of(2024, 1, 1), null, null, null).windowDays())
                .isEqualTo(Long.MAX_VALUE);
    }
}

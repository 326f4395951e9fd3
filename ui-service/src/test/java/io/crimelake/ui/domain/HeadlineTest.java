package io.crimelake.ui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void changeIsRelativeToThePreviousPeriod() {
        assertThat(new Headline(150, 50, 100).changePercent()).hasValue(50.0);
        assertThat(new Headline(75, 50, 100).changePercent()).hasValue(-25.0);
    }

    @Test
    void changeAgainstAnEmptyPreviousPeriodIsUnknown() {
        assertThat(new Headline(10, 50, 0).changePercent()).isEmpty();
    }
}

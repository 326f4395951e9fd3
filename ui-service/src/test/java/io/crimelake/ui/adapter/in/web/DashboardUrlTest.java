package io.crimelake.ui.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.HourRange;
import io.crimelake.ui.domain.IncidentFilter;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardUrlTest {

    private final IncidentFilter filter = IncidentFilter.everything()
            .between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))
            .withTypes(Set.of("THEFT", "CRIMINAL DAMAGE"))
            .withDistricts(Set.of(1, 12))
            .withCommunityAreas(Set.of(8))
            .withArrest(false)
            .withDomestic(true)
            .withHours(new HourRange(0, 5));

    @Test
    void aCopiedLinkReproducesFilterAndGrain() {
        String link = DashboardUrl.of(filter, Grain.WEEK).getQueryString();

        DashboardUrl reopened = DashboardUrl.parse(QueryParameters.fromString(link));

        assertThat(reopened.filter()).isEqualTo(filter);
        assertThat(reopened.grain()).isEqualTo(Grain.WEEK);
        assertThat(reopened.ignored()).isEmpty();
    }

    @Test
    void repeatsMultiValuedFiltersInTheQueryString() {
        String link = DashboardUrl.of(filter, Grain.DAY).getQueryString();

        assertThat(link).contains("type=CRIMINAL", "type=THEFT", "district=1", "district=12");
        assertThat(link).doesNotContain("grain");
    }

    @Test
    void ignoresAnUnknownGrainAndSaysSo() {
        DashboardUrl url = DashboardUrl.parse(QueryParameters.fromString("grain=fortnight&type=THEFT"));

        assertThat(url.grain()).isEqualTo(Grain.DAY);
        assertThat(url.filter().types()).containsExactly("THEFT");
        assertThat(url.ignored()).containsExactly("grain=fortnight");
    }

    @Test
    void ignoresInvalidFilterValuesButKeepsTheValidOnes() {
        DashboardUrl url =
                DashboardUrl.parse(QueryParameters.fromString("from=2024-13-01&to=2024-03-31&district=x&district=4"));

        assertThat(url.filter().from()).isNull();
        assertThat(url.filter().to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(url.filter().districts()).containsExactly(4);
        assertThat(url.ignored()).containsExactlyInAnyOrder("from=2024-13-01", "district=x");
    }
}

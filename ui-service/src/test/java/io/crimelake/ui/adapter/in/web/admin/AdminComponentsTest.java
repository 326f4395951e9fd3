package io.crimelake.ui.adapter.in.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import io.crimelake.ui.domain.admin.AdminRuns;
import io.crimelake.ui.domain.admin.RunRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The console's components driven on the server side, as a click or an input from the browser would. */
class AdminComponentsTest {
    private final List<RunRequest> started = new ArrayList<>();
    private final RunLauncher launcher =
            new RunLauncher(started::add, Clock.fixed(Instant.parse("2024-11-05T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void startsABackfillOfThePickedMonths() {
        this.<YearMonth>picker("backfill-start").setValue(YearMonth.of(2024, 1));
        this.<YearMonth>picker("backfill-end").setValue(YearMonth.of(2024, 3));

        find(launcher, "start-backfill", Button.class).click();

        assertThat(started).containsExactly(new RunRequest.Backfill(YearMonth.of(2024, 1), YearMonth.of(2024, 3)));
    }

    @Test
    void offersEveryMonthOfTheDatasetNewestFirst() {
        ComboBox<YearMonth> first = picker("backfill-start");

        assertThat(first.getListDataView().getItems())
                .startsWith(YearMonth.of(2024, 11), YearMonth.of(2024, 10))
                .endsWith(YearMonth.of(2001, 1))
                .hasSize(24 * 12 - 1);
    }

    @Test
    void marksTheLastMonthInvalidWhenItIsBeforeTheFirst() {
        this.<YearMonth>picker("backfill-start").setValue(YearMonth.of(2024, 3));
        ComboBox<YearMonth> last = picker("backfill-end");
        last.setValue(YearMonth.of(2024, 1));

        find(launcher, "start-backfill", Button.class).click();

        assertThat(started).isEmpty();
        assertThat(last.isInvalid()).isTrue();
        assertThat(last.getErrorMessage()).isEqualTo("the last month is before the first");
    }

    @Test
    void asksForTheCsvSourceBeforeStartingABootstrap() {
        TextField source = find(launcher, "csv-source", TextField.class);

        find(launcher, "start-csv", Button.class).click();
        assertThat(source.isInvalid()).isTrue();

        source.setValue("https://data.example/rows.csv");
        find(launcher, "start-csv", Button.class).click();

        assertThat(source.isInvalid()).isFalse();
        assertThat(started).containsExactly(new RunRequest.CsvBootstrap("https://data.example/rows.csv"));
    }

    @Test
    void startsAnIncrementalRun() {
        find(launcher, "start-incremental", Button.class).click();

        assertThat(started).containsExactly(new RunRequest.Incremental());
    }

    @Test
    void showsABarPerActiveRunAndDropsItWhenTheRunEnds() {
        ActiveRuns active = new ActiveRuns();

        active.show(List.of(AdminRuns.running("r1", 250, 1000L), AdminRuns.completed("r0")));

        ProgressBar bar = find(active, "run-progress-r1", ProgressBar.class);
        assertThat(bar.getValue()).isEqualTo(0.25);
        assertThat(bar.isIndeterminate()).isFalse();
        assertThat(find(active, "run-progress-r1-text", Span.class).getText()).startsWith("RUNNING · page 3");
        assertThat(ids(active)).doesNotContain("run-progress-r0");

        active.show(List.of(AdminRuns.completed("r1")));

        assertThat(ids(active)).doesNotContain("run-progress-r1");
    }

    @Test
    void showsAnIndeterminateBarUntilTheTotalIsKnown() {
        ActiveRuns active = new ActiveRuns();

        active.show(List.of(AdminRuns.running("r1", 250, null)));

        assertThat(find(active, "run-progress-r1", ProgressBar.class).isIndeterminate())
                .isTrue();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> picker(String id) {
        return find(launcher, id, ComboBox.class);
    }

    private static <C extends Component> C find(Component root, String id, Class<C> type) {
        return descendants(root)
                .filter(component -> component.getId().filter(id::equals).isPresent())
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no component with id " + id));
    }

    private static List<String> ids(Component root) {
        return descendants(root).flatMap(c -> c.getId().stream()).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(AdminComponentsTest::descendants));
    }
}

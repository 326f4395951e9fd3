package io.crimelake.ui.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ui.domain.IncidentFilter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class PanelLoaderTest {
    private final InMemoryAnalytics analytics = new InMemoryAnalytics();
    private final DashboardService service = new DashboardService(analytics, analytics, analytics, analytics);
    private final IncidentFilter march =
            IncidentFilter.everything().between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
    private final List<PanelState<List<?>>> states = new ArrayList<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final Executor queued = pending::add;
    private final PanelLoader<List<?>> loader = new PanelLoader<>(queued, List::isEmpty, states::add);

    @Test
    void showsLoadingAtOnceAndTheDataWhenItArrives() {
        analytics.add(LocalDateTime.of(2024, 3, 5, 10, 0), "THEFT", false);

        loader.load(() -> service.topTypes(march));
        assertThat(states).containsExactly(new PanelState.Loading<>());
        pending.poll().run();

        assertThat(states.getLast()).isInstanceOf(PanelState.Loaded.class);
        assertThat(((PanelState.Loaded<List<?>>) states.getLast()).data()).hasSize(1);
    }

    @Test
    void showsTheEmptyStateWhenNothingMatches() {
        analytics.add(LocalDateTime.of(2024, 4, 5, 10, 0), "THEFT", false);

        loader.load(() -> service.topTypes(march));
        pending.poll().run();

        assertThat(states.getLast()).isEqualTo(new PanelState.Empty<>());
    }

    @Test
    void showsTheErrorWhenAnalyticsIsDown() {
        analytics.goDown();

        loader.load(() -> service.topTypes(march));
        pending.poll().run();

        assertThat(states.getLast()).isEqualTo(new PanelState.Failed<>("Analytics answered HTTP 503."));
    }

    @Test
    void dropsAnAnswerThatArrivesAfterANewerRequest() {
        analytics.add(LocalDateTime.of(2024, 3, 5, 10, 0), "THEFT", false);
        loader.load(() -> service.topTypes(march));
        loader.load(() -> service.topTypes(march.withType("BATTERY")));

        pending.pollLast().run();
        pending.pollLast().run();

        assertThat(states)
                .containsExactly(new PanelState.Loading<>(), new PanelState.Loading<>(), new PanelState.Empty<>());
    }
}

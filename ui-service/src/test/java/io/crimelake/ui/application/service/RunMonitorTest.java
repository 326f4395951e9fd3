package io.crimelake.ui.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ui.application.port.in.IngestRunQuery;
import io.crimelake.ui.domain.admin.AdminCallException;
import io.crimelake.ui.domain.admin.AdminRuns;
import io.crimelake.ui.domain.admin.IngestRun;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RunMonitorTest {
    private final Deque<Supplier<List<IngestRun>>> answers = new ArrayDeque<>();
    private final IngestRunQuery query = () -> answers.removeFirst().get();
    private final List<List<IngestRun>> reported = new ArrayList<>();
    private final List<String> finished = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> handedOff = new ArrayList<>();
    private final RunMonitor monitor = new RunMonitor(query, new RunMonitor.Listener() {
        @Override
        public void runs(List<IngestRun> runs) {
            reported.add(runs);
        }

        @Override
        public void finished(IngestRun run) {
            finished.add(run.id());
        }

        @Override
        public void handedOff(IngestRun run) {
            handedOff.add(run.id());
        }

        @Override
        public void failed(String reason) {
            failures.add(reason);
        }
    });

    @Test
    void pollsQuicklyWhileARunIsActiveAndSlowlyOtherwise() {
        answers.add(() -> List.of(AdminRuns.completed("old")));
        answers.add(() -> List.of(AdminRuns.running("new", 10, 100L), AdminRuns.completed("old")));

        assertThat(monitor.poll()).isEqualTo(RunMonitor.WHILE_IDLE);
        assertThat(monitor.poll()).isEqualTo(RunMonitor.WHILE_ACTIVE);
        assertThat(reported).hasSize(2);
    }

    @Test
    void reportsARunOnceWhenItEnds() {
        answers.add(() -> List.of(AdminRuns.running("r1", 10, 100L)));
        answers.add(() -> List.of(AdminRuns.completed("r1")));
        answers.add(() -> List.of(AdminRuns.completed("r1")));

        monitor.poll();
        monitor.poll();
        monitor.poll();

        assertThat(finished).containsExactly("r1");
    }

    @Test
    void reportsTheEndOfAFollowedRunThatFinishedBeforeAnyPollSawItRun() {
        monitor.follow(AdminRuns.running("quick", 0, null));
        answers.add(() -> List.of(AdminRuns.failed("quick", "portal answered 500")));

        monitor.poll();

        assertThat(finished).containsExactly("quick");
    }

    @Test
    void doesNotReportRunsThatHadEndedBeforeTheConsoleOpened() {
        answers.add(() -> List.of(AdminRuns.completed("done"), AdminRuns.failed("broken", "reason")));

        monitor.poll();

        assertThat(finished).isEmpty();
    }

    @Test
    void reportsAFailureOncePerReasonAndAgainAfterARecovery() {
        answers.add(() -> {
            throw new AdminCallException(503, "ingest-service is not reachable");
        });
        answers.add(() -> {
            throw new AdminCallException(503, "ingest-service is not reachable");
        });
        answers.add(List::of);
        answers.add(() -> {
            throw new AdminCallException(503, "ingest-service is not reachable");
        });

        assertThat(monitor.poll()).isEqualTo(RunMonitor.WHILE_IDLE);
        monitor.poll();
        monitor.poll();
        monitor.poll();

        assertThat(failures).containsExactly("ingest-service is not reachable", "ingest-service is not reachable");
        assertThat(reported).containsExactly(List.of());
    }

    @Test
    void reportsABatchTheLakeTookAfterTheRunCompletedOnce() {
        answers.add(() -> List.of(AdminRuns.completed("old")));
        answers.add(() -> List.of(AdminRuns.running("r1", 10, 100L), AdminRuns.completed("old")));
        answers.add(() -> List.of(AdminRuns.completedBeforeHandoff("r1"), AdminRuns.completed("old")));
        answers.add(() -> List.of(AdminRuns.completed("r1"), AdminRuns.completed("old")));
        answers.add(() -> List.of(AdminRuns.completed("r1"), AdminRuns.completed("old")));

        for (int i = 0; i < 5; i++) {
            monitor.poll();
        }

        assertThat(handedOff).containsExactly("r1");
    }
}

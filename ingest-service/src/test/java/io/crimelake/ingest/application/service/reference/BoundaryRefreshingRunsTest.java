package io.crimelake.ingest.application.service.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ingest.application.port.in.RunIngestUseCase;
import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.domain.IngestRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryRefreshingRunsTest {
    private final List<String> calls = new ArrayList<>();

    @Test
    void refreshesTheBoundariesAfterEachRunAndAFailureThereDoesNotFailTheRun() {
        var runs = new BoundaryRefreshingRuns(new RecordingRuns(), () -> {
            calls.add("boundaries");
            throw new SourceFailedException("HTTP 404 from /api/views/igwz-8jzy.json", null);
        });

        runs.execute("run-1");

        assertThat(calls).containsExactly("execute run-1", "boundaries");
    }

    /** Records what it is asked to do; the run itself is not what this test is about. */
    private final class RecordingRuns implements RunIngestUseCase {
        @Override
        public IngestRun start(StartRunCommand command) {
            calls.add("start");
            return null;
        }

        @Override
        public IngestRun execute(String runId) {
            calls.add("execute " + runId);
            return null;
        }
    }
}

package io.crimelake.ui.adapter.in.web.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.crimelake.ui.domain.admin.IngestRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** A progress bar per pending or running run; a run's block goes when it ends. */
final class ActiveRuns extends Div {
    private final Map<String, RunProgress> shown = new LinkedHashMap<>();
    private final Span none = new Span("No run in progress.");

    ActiveRuns() {
        setId("runs-active");
        add(none);
    }

    void show(List<IngestRun> runs) {
        List<IngestRun> active =
                runs.stream().filter(run -> run.status().active()).toList();
        Set<String> activeIds = active.stream().map(IngestRun::id).collect(Collectors.toSet());
        List<String> ended =
                shown.keySet().stream().filter(id -> !activeIds.contains(id)).toList();
        ended.forEach(id -> remove(shown.remove(id)));
        for (IngestRun run : active) {
            shown.computeIfAbsent(run.id(), id -> {
                        RunProgress progress = new RunProgress(id);
                        add(progress);
                        return progress;
                    })
                    .show(run);
        }
        none.setVisible(shown.isEmpty());
    }

    /** One run's bar with its label; ids are {@code run-progress-<runId>} and {@code run-progress-<runId>-text}. */
    private static final class RunProgress extends Div {
        private final ProgressBar bar = new ProgressBar();
        private final Span text = new Span();

        RunProgress(String runId) {
            Span title = new Span("Run " + runId);
            title.getStyle().set("font-weight", "600");
            bar.setId("run-progress-" + runId);
            text.setId("run-progress-" + runId + "-text");
            bar.getElement().setAttribute("aria-label", "Progress of run " + runId);
            add(title, bar, text);
            getStyle().set("margin-bottom", "var(--lumo-space-m)");
        }

        void show(IngestRun run) {
            OptionalDouble done = run.fractionDone();
            bar.setIndeterminate(done.isEmpty());
            bar.setValue(done.orElse(0));
            text.setText(AdminFormat.progress(run));
        }
    }
}

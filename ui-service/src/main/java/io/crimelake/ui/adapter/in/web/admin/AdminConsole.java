package io.crimelake.ui.adapter.in.web.admin;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.crimelake.ui.application.port.in.IngestRunQuery;
import io.crimelake.ui.application.port.in.LakeOverviewQuery;
import io.crimelake.ui.application.port.in.StartRunUseCase;
import io.crimelake.ui.application.service.RunMonitor;
import io.crimelake.ui.domain.admin.AdminCallException;
import io.crimelake.ui.domain.admin.AdminToken;
import io.crimelake.ui.domain.admin.AdminTokenRejectedException;
import io.crimelake.ui.domain.admin.IngestRun;
import io.crimelake.ui.domain.admin.LakeOverview;
import io.crimelake.ui.domain.admin.RunRequest;
import java.time.Clock;
import java.util.List;

/**
 * The signed-in console: starts runs, shows their live progress (pushed from a poller thread), the run history and the
 * lake. A token the services stop accepting signs the operator out.
 */
final class AdminConsole extends VerticalLayout implements RunMonitor.Listener {
    private final StartRunUseCase starter;
    private final LakeOverviewQuery lake;
    private final AdminToken token;
    private final Runnable signOut;
    private final ActiveRuns active = new ActiveRuns();
    private final RunHistoryGrid history = new RunHistoryGrid();
    private final LakePanel lakePanel = new LakePanel(this::refreshLake);
    private final RunMonitor monitor;
    private final RunPoller poller;
    private UI ui;

    AdminConsole(
            StartRunUseCase starter,
            IngestRunQuery runs,
            LakeOverviewQuery lake,
            AdminToken token,
            Runnable signOut,
            Clock clock) {
        this.starter = requireNonNull(starter, "starter is null");
        this.lake = requireNonNull(lake, "lake is null");
        this.token = requireNonNull(token, "token is null");
        this.signOut = requireNonNull(signOut, "signOut is null");
        this.monitor = new RunMonitor(runs, this);
        this.poller = new RunPoller(monitor);
        Button leave = new Button("Sign out", click -> signOut.run());
        leave.setId("admin-logout");
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                leave,
                new RunLauncher(this::start, clock),
                new H3("Runs in progress"),
                active,
                new H3("Run history"),
                history,
                lakePanel);
        setPadding(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        poller.start();
        // Off the request thread: the lake answers in its own time; started here, so it inherits the browser's address.
        Thread.ofVirtual().name("admin-lake").start(this::refreshLakeInBackground);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        poller.stop();
    }

    private void start(RunRequest request) {
        IngestRun run;
        try {
            run = starter.start(token, request);
        } catch (AdminTokenRejectedException e) {
            Notifications.error("The admin token is no longer accepted: " + e.getMessage());
            signOut.run();
            return;
        } catch (AdminCallException e) {
            Notifications.error("The run was not started: " + e.getMessage());
            return;
        }
        monitor.follow(run);
        Notifications.success("Started " + run.mode() + " run " + run.id());
        poller.wake();
    }

    private void refreshLake() {
        try {
            lakePanel.show(lake.overview());
        } catch (AdminCallException e) {
            Notifications.error("The lake could not be read: " + e.getMessage());
        }
    }

    private void refreshLakeInBackground() {
        try {
            LakeOverview overview = lake.overview();
            push(() -> lakePanel.show(overview));
        } catch (AdminCallException e) {
            push(() -> Notifications.error("The lake could not be read: " + e.getMessage()));
        }
    }

    @Override
    public void runs(List<IngestRun> runs) {
        push(() -> {
            active.show(runs);
            history.show(runs);
        });
    }

    @Override
    public void finished(IngestRun run) {
        push(() -> {
            String message = AdminFormat.finished(run);
            if (run.error() == null) {
                Notifications.success(message);
            } else {
                Notifications.error(message);
            }
        });
    }

    @Override
    public void handedOff(IngestRun run) {
        push(() -> Notifications.success(AdminFormat.handedOff(run)));
        refreshLakeInBackground();
    }

    @Override
    public void failed(String reason) {
        push(() -> Notifications.error("Runs could not be read: " + reason));
    }

    private void push(Runnable change) {
        UI target = ui;
        if (target == null) {
            return;
        }
        try {
            target.access(change::run);
        } catch (UIDetachedException e) {
            // The tab closed between the answer and its display: nothing to show it on.
            poller.stop();
        }
    }
}

package io.crimelake.ui.adapter.in.web.admin;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.crimelake.ui.application.port.in.IngestRunQuery;
import io.crimelake.ui.application.port.in.LakeOverviewQuery;
import io.crimelake.ui.application.port.in.StartRunUseCase;
import io.crimelake.ui.application.port.in.VerifyAdminTokenUseCase;
import io.crimelake.ui.domain.admin.AdminToken;
import java.time.Clock;

/** The admin console at {@code /admin}: a sign-in form until the session holds a verified token, then the console. */
@Route("admin")
@PageTitle("CrimeLake admin")
public class AdminView extends VerticalLayout {
    private final StartRunUseCase starter;
    private final VerifyAdminTokenUseCase verifier;
    private final IngestRunQuery runs;
    private final LakeOverviewQuery lake;
    private final Clock clock = Clock.systemUTC();
    private final VerticalLayout body = new VerticalLayout();
    private AdminSession session;

    public AdminView(
            StartRunUseCase starter, VerifyAdminTokenUseCase verifier, IngestRunQuery runs, LakeOverviewQuery lake) {
        this.starter = requireNonNull(starter, "starter is null");
        this.verifier = requireNonNull(verifier, "verifier is null");
        this.runs = requireNonNull(runs, "runs is null");
        this.lake = requireNonNull(lake, "lake is null");
        body.setPadding(false);
        add(new H1("CrimeLake admin"), new Anchor("", "Back to the dashboard"), body);
        setMaxWidth("1600px");
        getStyle().set("margin", "0 auto");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        session = new AdminSession(event.getSession());
        session.token().ifPresentOrElse(this::showConsole, this::showSignIn);
    }

    private void signedIn(AdminToken token) {
        session.remember(token);
        showConsole(token);
    }

    private void signOut() {
        session.forget();
        showSignIn();
    }

    private void showSignIn() {
        body.removeAll();
        body.add(new SignInForm(verifier, this::signedIn));
    }

    private void showConsole(AdminToken token) {
        body.removeAll();
        body.add(new AdminConsole(starter, runs, lake, token, this::signOut, clock));
    }
}

package io.crimelake.ui.adapter.in.web.admin;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import io.crimelake.ui.application.port.in.VerifyAdminTokenUseCase;
import io.crimelake.ui.domain.admin.AdminCallException;
import io.crimelake.ui.domain.admin.AdminToken;
import io.crimelake.ui.domain.admin.AdminTokenRejectedException;
import java.util.function.Consumer;

/** Asks for the admin token and hands it on only once ingest-service accepted it. */
final class SignInForm extends VerticalLayout {
    private final PasswordField token = new PasswordField("Admin token");
    private final VerifyAdminTokenUseCase verifier;
    private final Consumer<AdminToken> onVerified;

    SignInForm(VerifyAdminTokenUseCase verifier, Consumer<AdminToken> onVerified) {
        this.verifier = requireNonNull(verifier, "verifier is null");
        this.onVerified = requireNonNull(onVerified, "onVerified is null");
        token.setId("admin-token");
        token.setHelperText("The ADMIN_TOKEN the services run with; kept on the server for this session only.");
        token.setWidth("28em");
        token.setAutofocus(true);
        Button signIn = new Button("Sign in", click -> signIn());
        signIn.setId("admin-login");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        add(
                new H2("Admin sign-in"),
                new Paragraph("Starting runs needs the admin token. Reading runs and the lake does not."),
                token,
                signIn);
        setPadding(false);
    }

    private void signIn() {
        if (token.getValue().isBlank()) {
            reject("Enter the admin token.");
            return;
        }
        AdminToken candidate = new AdminToken(token.getValue());
        try {
            verifier.verify(candidate);
        } catch (AdminTokenRejectedException e) {
            reject((e.status() == 401 ? "No admin token arrived: " : "The admin token was refused: ") + e.getMessage());
            return;
        } catch (AdminCallException e) {
            Notifications.error("The token could not be checked: " + e.getMessage());
            return;
        }
        token.clear();
        onVerified.accept(candidate);
    }

    private void reject(String message) {
        token.setInvalid(true);
        token.setErrorMessage(message);
        Notifications.error(message);
    }
}

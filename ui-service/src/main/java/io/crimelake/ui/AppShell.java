package io.crimelake.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/** Application-wide page settings: Vaadin 25 applies no theme unless one is chosen, so Lumo is set here. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@PWA(name = "CrimeLake", shortName = "CrimeLake")
public class AppShell implements AppShellConfigurator {}

package io.crimelake.ui.adapter.in.web.admin;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The admin console's messages: errors stay until read long enough, news goes quickly. */
final class Notifications {
    private Notifications() {}

    static void error(String message) {
        Notification notification = new Notification(message, 10_000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    static void success(String message) {
        Notification notification = new Notification(message, 5_000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }
}

package io.crimelake.ui.adapter.out.gateway;

import java.util.Optional;

/**
 * The forwarding chain of the browser request a thread works for, as ui-service passes it on in
 * {@code X-Forwarded-For}. Inheritable, so work a request hands to new threads (the dashboard's panel loads, the admin
 * console's poller) still calls the gateway on behalf of the same browser.
 */
public final class BrowserAddress {
    private static final InheritableThreadLocal<String> FORWARDED_FOR = new InheritableThreadLocal<>();

    private BrowserAddress() {}

    /** The {@code X-Forwarded-For} value for calls made by this thread, empty outside any browser's request. */
    public static Optional<String> forwardedFor() {
        return Optional.ofNullable(FORWARDED_FOR.get());
    }

    static void set(String forwardedFor) {
        FORWARDED_FOR.set(forwardedFor);
    }

    static void clear() {
        FORWARDED_FOR.remove();
    }
}

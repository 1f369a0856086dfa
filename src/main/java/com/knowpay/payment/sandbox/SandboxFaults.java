package com.knowpay.payment.sandbox;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Switches that make the fake provider misbehave the way real ones do, for tests and demos:
 * closing fails (provider unreachable), notifications get lost. Off by default.
 */
public class SandboxFaults {

    private final AtomicBoolean closeFails = new AtomicBoolean();
    private final AtomicBoolean notificationsLost = new AtomicBoolean();

    public void closeFails(boolean on) {
        closeFails.set(on);
    }

    public void notificationsLost(boolean on) {
        notificationsLost.set(on);
    }

    public boolean closeFails() {
        return closeFails.get();
    }

    public boolean notificationsLost() {
        return notificationsLost.get();
    }

    public void reset() {
        closeFails.set(false);
        notificationsLost.set(false);
    }
}

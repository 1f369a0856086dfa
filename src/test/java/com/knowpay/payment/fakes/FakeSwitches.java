package com.knowpay.payment.fakes;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How a fake gateway misbehaves on its next API calls: answer late, fail, answer rubbish or
 * never. Shared by both fakes; thread-safe.
 */
public final class FakeSwitches {

    public enum Fault {
        /** HTTP 500 with an HTML body, as a load balancer would send. */
        HTTP_500,
        /** The provider's own "system error" answer (Alipay ACQ.SYSTEM_ERROR, WeChat 500 SYSTEM_ERROR). */
        SYSTEM_ERROR,
        /** A definite business refusal (Alipay 40004, WeChat 400 PARAM_ERROR). */
        BUSINESS_ERROR,
        /** 200 with a body that is not the protocol. */
        GARBAGE,
        /** Accepts the request and never answers. */
        NO_ANSWER
    }

    private final Queue<Fault> next = new ConcurrentLinkedQueue<>();
    private volatile Fault always;
    private volatile Duration delay = Duration.ZERO;

    /** The next {@code times} calls fail with {@code fault}, then the fake behaves again. */
    public FakeSwitches failNext(Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            next.add(fault);
        }
        return this;
    }

    public FakeSwitches failNext(Fault fault) {
        return failNext(fault, 1);
    }

    public FakeSwitches failAlways(Fault fault) {
        this.always = fault;
        return this;
    }

    /** Every answer comes this late. */
    public FakeSwitches delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    public FakeSwitches reset() {
        next.clear();
        always = null;
        delay = Duration.ZERO;
        return this;
    }

    /** @return the fault for this call, or null to behave */
    Fault take() {
        Fault fault = next.poll();
        return fault != null ? fault : always;
    }

    Duration delay() {
        return delay;
    }
}

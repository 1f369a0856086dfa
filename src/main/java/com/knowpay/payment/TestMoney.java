package com.knowpay.payment;

import org.springframework.stereotype.Component;

/**
 * Which payments are test money: those of a channel that says so ({@link PaymentChannel#testMoney()},
 * the sandbox unless it runs as the embedded default's demo). Test money is recorded where it landed
 * (payment attempt, order, entitlement, the ledger's test-money account) but never counts as creator
 * earnings, payouts, dashboard revenue or reconciliation. A sandbox payment whose channel is switched
 * off by now is test money too: nothing real can come from a fake wallet.
 */
@Component
public class TestMoney {

    private final ChannelRegistry channels;

    TestMoney(ChannelRegistry channels) {
        this.channels = channels;
    }

    /** True when money that came in through {@code channel} is test money. */
    public boolean is(ChannelType channel) {
        return channels.find(channel).map(PaymentChannel::testMoney).orElse(channel == ChannelType.SANDBOX);
    }
}

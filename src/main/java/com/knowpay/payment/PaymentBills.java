package com.knowpay.payment;

import com.knowpay.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The providers' daily trade bills, for reconciliation. Fetching calls the provider, so it refuses
 * to run inside a database transaction.
 */
@Service
public class PaymentBills {

    private final ChannelRegistry channels;

    PaymentBills(ChannelRegistry channels) {
        this.channels = channels;
    }

    /** The channels switched on here whose money is real: only their bills are reconciled (test money never is). */
    public List<ChannelType> enabledChannels() {
        return channels.types().stream().filter(t -> channels.find(t).filter(PaymentChannel::testMoney).isEmpty()).toList();
    }

    /**
     * The bill of {@code channel} for {@code date} (a China-time business day), normalised.
     *
     * @throws ChannelException when the provider cannot be reached or serves a broken file
     * @throws com.knowpay.shared.DomainException when the channel is switched off or takes only test money
     */
    public Bill fetch(ChannelType channel, LocalDate date) {
        NoTransaction.require();
        PaymentChannel c = channels.require(channel);
        if (c.testMoney()) {
            throw DomainException.invalid("channel-test-money", "The " + channel + " channel takes only test money here;"
                    + " its bills are not reconciled.");
        }
        return c.fetchBill(date);
    }
}

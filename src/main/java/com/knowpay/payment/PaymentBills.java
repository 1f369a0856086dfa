package com.knowpay.payment;

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

    /** The channels switched on here: only their bills can be fetched. */
    public List<ChannelType> enabledChannels() {
        return channels.types();
    }

    /**
     * The bill of {@code channel} for {@code date} (a China-time business day), normalised.
     *
     * @throws ChannelException when the provider cannot be reached or serves a broken file
     * @throws com.knowpay.shared.DomainException when the channel is switched off
     */
    public Bill fetch(ChannelType channel, LocalDate date) {
        NoTransaction.require();
        return channels.require(channel).fetchBill(date);
    }
}

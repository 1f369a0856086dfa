package com.knowpay.payment;

import com.knowpay.payment.RefundBook.Call;
import com.knowpay.payment.RefundBook.Trigger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The one path of every provider refund, automatic or asked for by a person: record the intent
 * (the book's transaction), call the provider outside any transaction with the refund's own number,
 * record the answer (the book's transaction). The same {@code out_refund_no} again is the same
 * refund at the provider, so a retry (janitor, person, notification race) never refunds twice.
 * A channel that is switched off is a retryable failure: the refund waits until it is back.
 * The result comes by the answer, a later query (the janitor) or the provider's notification
 * ({@link NotificationIntake} hands it to the books).
 */
@Service
public class RefundExecution {

    private static final Logger log = LoggerFactory.getLogger(RefundExecution.class);
    static final int BATCH = 50;

    private final ChannelRegistry channels;
    private final List<RefundBook<?>> books;
    private final Clock clock;

    RefundExecution(ChannelRegistry channels, List<RefundBook<?>> books, Clock clock) {
        this.channels = channels;
        this.books = books;
        this.clock = clock;
    }

    /** For tests and tools that hold channel objects of their own (e.g. real SDK clients on a fake gateway). */
    public static RefundExecution over(List<PaymentChannel> channels) {
        return new RefundExecution(new ChannelRegistry(channels), List.of(), Clock.systemUTC());
    }

    /** @return the book's answer after the call, or empty when there was nothing to call */
    public <R> Optional<R> execute(RefundBook<R> book, String refundNo, Trigger by) {
        NoTransaction.require();
        Optional<Call> call = book.startCall(refundNo, by);
        if (call.isEmpty()) {
            return Optional.empty();
        }
        Call c = call.get();
        try {
            PaymentChannel channel = channels.find(c.channel()).orElseThrow(() -> new ChannelException(c.channel(),
                    "CHANNEL_DISABLED", "The " + c.channel() + " channel is switched off; the refund waits until it is back.",
                    true));
            RefundOutcome outcome = c.query()
                    ? channel.queryRefund(c.request().outTradeNo(), refundNo)
                    : channel.refund(c.request());
            return Optional.of(book.outcome(refundNo, outcome));
        } catch (ChannelException e) {
            log.warn("{} refund {} ({}): {}", c.channel(), refundNo, e.providerCode(), e.getMessage());
            return Optional.of(book.callFailed(refundNo, e.getMessage(), e.retryable()));
        }
    }

    /**
     * The refund janitor: refunds recorded but never called (crash between intent and call), accepted
     * without a result (no notification came) and failures that may work later are called again with
     * their own number. Once per cluster (ShedLock); each book says how long its refunds rest.
     */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    @SchedulerLock(name = "provider-refund-retry", lockAtMostFor = "PT5M")
    void retryUnfinished() {
        Instant now = clock.instant();
        books.forEach(book -> retry(book, now.minus(book.retryAfter())));
    }

    /** Calls again every book's refunds not touched since {@code updatedBefore}; returns how many were tried. */
    public int retryUnfinished(Instant updatedBefore) {
        return books.stream().mapToInt(book -> retry(book, updatedBefore)).sum();
    }

    private int retry(RefundBook<?> book, Instant updatedBefore) {
        List<String> due = book.unfinishedBefore(updatedBefore, BATCH);
        for (String refundNo : due) {
            try {
                execute(book, refundNo, Trigger.SYSTEM);
            } catch (RuntimeException e) {
                // One refund that cannot be tried now must not stop the others; the next run tries again.
                log.warn("Refund {} could not be retried: {}", refundNo, e.toString());
            }
        }
        return due.size();
    }
}

package com.knowpay.reconciliation;

import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.OrderRecord;
import com.knowpay.order.OrderStatus;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentBills;
import com.knowpay.payment.PaymentCorrections;
import com.knowpay.payment.PaymentRecords;
import com.knowpay.payment.PaymentRecords.PaymentRecord;
import com.knowpay.payment.SettleOutcome;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciliation for admins: run a channel's bill for a day, browse the mismatch queue, resolve
 * items. Runs and corrections call providers, so they hold no transaction of their own; each step
 * uses the short transactions of {@link RunStore} and the payment core. Every method is ADMIN-only
 * and every resolution is audited.
 */
@Service
@RolesAllowed("ADMIN")
public class ReconciliationService {

    private static final Set<MismatchType> FULFILLABLE = Set.of(MismatchType.MISSING_LOCALLY);
    private static final Set<MismatchType> REFUNDABLE = Set.of(MismatchType.MISSING_LOCALLY,
            MismatchType.STATUS_MISMATCH, MismatchType.DUPLICATE);

    private final ReconciliationRunner runner;
    private final ReconciliationJob job;
    private final RunStore store;
    private final RunRepository runs;
    private final MismatchRepository mismatches;
    private final PaymentBills bills;
    private final PaymentRecords payments;
    private final PaymentCorrections corrections;
    private final OrderBackOffice orders;

    ReconciliationService(ReconciliationRunner runner, ReconciliationJob job, RunStore store, RunRepository runs,
                          MismatchRepository mismatches, PaymentBills bills, PaymentRecords payments,
                          PaymentCorrections corrections, OrderBackOffice orders) {
        this.runner = runner;
        this.job = job;
        this.store = store;
        this.runs = runs;
        this.mismatches = mismatches;
        this.bills = bills;
        this.payments = payments;
        this.corrections = corrections;
        this.orders = orders;
    }

    /** The channels whose bills can be fetched here. */
    public List<ChannelType> channels() {
        return bills.enabledChannels();
    }

    /**
     * Reconciles one channel's bill for a day. Idempotent: a mismatch already queued (open or
     * resolved) under the same (channel, date, type, reference) is left as it is.
     */
    public ReconciliationRunView run(ChannelType channel, LocalDate date) {
        return run(channel, date, RunProgress.NONE);
    }

    /** As {@link #run(ChannelType, LocalDate)}, reporting progress (for a screen). */
    public ReconciliationRunView run(ChannelType channel, LocalDate date, RunProgress progress) {
        if (channel == null || date == null) {
            throw DomainException.invalid("reconciliation-input", "Choose a channel and a date.");
        }
        ReconciliationRunView run = runner.run(channel, date, CurrentUser.require().username(), progress);
        store.audited(run);
        return run;
    }

    /** Every enabled channel's bill for the day. */
    public List<ReconciliationRunView> runAll(LocalDate date) {
        List<ReconciliationRunView> done = job.runAll(date, CurrentUser.require().username(), RunProgress.NONE);
        done.forEach(store::audited);
        return done;
    }

    /** Latest runs first; channel or date null = any. */
    @Transactional(readOnly = true)
    public List<ReconciliationRunView> runs(ChannelType channel, LocalDate date, int limit) {
        return runs.search(channel, date, PageRequest.of(0, Math.min(Math.max(1, limit), 500))).stream()
                .map(ReconciliationRun::toView).toList();
    }

    @Transactional(readOnly = true)
    public Page<MismatchView> mismatches(MismatchSearch search, int page, int size) {
        MismatchSearch s = search == null ? MismatchSearch.all() : search;
        return mismatches.search(s.type(), s.status(), s.channel(), s.date(), PageRequest.of(Math.max(0, page),
                        Math.min(Math.max(1, size), 200), Sort.by(Sort.Order.desc("billDate"), Sort.Order.desc("id"))))
                .map(Mismatch::toView);
    }

    @Transactional(readOnly = true)
    public MismatchView mismatch(long id) {
        return store.get(id);
    }

    /**
     * Money at the provider that we did not record: asks the provider again and lets the payment
     * core apply the answer exactly as a notification (the order is paid and the entitlement granted;
     * an order that can no longer take it has the money refunded automatically).
     */
    public MismatchView resolveFulfil(long id, String note) {
        MismatchView m = requireOpen(id);
        PaymentRecord attempt = localAttempt(m, FULFILLABLE, "mismatch-not-fulfillable",
                "Only money at the provider for one of our payment attempts can be fulfilled.");
        if (attempt.status().moneyArrived()) {
            throw DomainException.conflict("mismatch-not-fulfillable",
                    "Payment " + attempt.paymentNo() + " is already recorded (" + attempt.status() + ").");
        }
        requireProviderPaid(attempt.paymentNo());
        PaymentRecord after = payments.byPaymentNo(attempt.paymentNo()).orElseThrow();
        Resolution how = after.status() == AttemptStatus.SUCCEEDED ? Resolution.FULFILLED : Resolution.REFUNDED;
        return store.resolve(id, how, note, actor(), "payment " + after.paymentNo() + " " + after.status());
    }

    /**
     * Money at the provider that no order can keep: given back through the payment core's
     * automatic refund. A payment not recorded yet is first recorded through the core (the order
     * decides; one it takes is resolved as FULFILLED instead). Refuses when the order holds the
     * payment (that is the refund module's job) or when we have no attempt at all (refund in the
     * provider's console, then mark the item explained).
     */
    public MismatchView resolveRefund(long id, String note) {
        MismatchView m = requireOpen(id);
        PaymentRecord attempt = localAttempt(m, REFUNDABLE, "mismatch-not-refundable",
                "There is no payment attempt of ours to refund: refund it in the provider's console, then mark it explained.");
        if (!attempt.status().moneyArrived()) {
            requireProviderPaid(attempt.paymentNo());
            attempt = payments.byPaymentNo(attempt.paymentNo()).orElseThrow();
        }
        if (attempt.status() == AttemptStatus.SUCCEEDED) {
            OrderRecord order = orders.records(List.of(attempt.orderNo())).get(attempt.orderNo());
            boolean held = order != null && attempt.paymentNo().equals(order.paidPaymentNo())
                    && order.status() != OrderStatus.CANCELLED;
            if (held) {
                if (m.type() == MismatchType.MISSING_LOCALLY) {
                    return store.resolve(id, Resolution.FULFILLED, note, actor(),
                            "order " + order.orderNo() + " took payment " + attempt.paymentNo());
                }
                throw DomainException.conflict("order-holds-payment", "Order " + order.orderNo()
                        + " holds payment " + attempt.paymentNo() + ": refund it through the refund desk.");
            }
            String refundNo = corrections.refundUnneeded(attempt.paymentNo(),
                    "Reconciliation " + m.channel() + " " + m.date() + ": not kept by order " + attempt.orderNo());
            return store.resolve(id, Resolution.REFUNDED, note, actor(), "auto refund " + refundNo);
        }
        return store.resolve(id, Resolution.REFUNDED, note, actor(),
                "payment " + attempt.paymentNo() + " " + attempt.status());
    }

    /** Nothing to correct; the note (required) says why. */
    public MismatchView markExplained(long id, String note) {
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("note-required", "Say why this mismatch needs no correction.");
        }
        requireOpen(id);
        return store.resolve(id, Resolution.EXPLAINED, note, actor(), null);
    }

    private MismatchView requireOpen(long id) {
        MismatchView m = store.get(id);
        if (!m.isOpen()) {
            throw DomainException.conflict("mismatch-resolved",
                    "This mismatch was already resolved (" + m.resolution() + " by " + m.resolvedBy() + ").");
        }
        return m;
    }

    private PaymentRecord localAttempt(MismatchView m, Set<MismatchType> allowed, String code, String message) {
        if (!allowed.contains(m.type()) || m.paymentNo() == null || m.refundNo() != null) {
            throw DomainException.conflict(code, message);
        }
        return payments.byPaymentNo(m.paymentNo()).orElseThrow(() -> DomainException.conflict(code, message));
    }

    private void requireProviderPaid(String paymentNo) {
        if (corrections.requery(paymentNo) != SettleOutcome.PAID) {
            throw DomainException.conflict("provider-not-paid", "The provider does not report payment " + paymentNo
                    + " as paid now; nothing was changed. Try again later or mark the item explained.");
        }
    }

    private static String actor() {
        return CurrentUser.require().username();
    }
}

package com.knowpay.payment;

import com.knowpay.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections reconciliation asks of the payment core, each through the core's normal path:
 * re-asking the provider (a payment found is applied exactly like a notification), and giving back
 * money that no order can keep through the automatic-refund path. Nothing here marks a payment
 * paid by hand. Authorisation is the caller's job (reconciliation admits admins only).
 */
@Service
public class PaymentCorrections {

    private final PaymentRecorder recorder;
    private final AttemptSettler settler;
    private final RefundExecution refunds;
    private final PaymentAttemptRepository attempts;
    private final AutoRefunds autoRefunds;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    PaymentCorrections(PaymentRecorder recorder, AttemptSettler settler, RefundExecution refunds,
                       PaymentAttemptRepository attempts, AutoRefunds autoRefunds,
                       ApplicationEventPublisher events, PlatformTransactionManager txManager) {
        this.recorder = recorder;
        this.settler = settler;
        this.refunds = refunds;
        this.attempts = attempts;
        this.autoRefunds = autoRefunds;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
    }

    /**
     * Asks the attempt's provider what became of it and lets the core apply the answer (as the
     * active query does): a paid trade is recorded and handed to the order, which keeps it or has
     * it refunded automatically. Does not close an unpaid trade.
     */
    public SettleOutcome requery(String paymentNo) {
        NoTransaction.require();
        PaymentAttemptView attempt = recorder.find(paymentNo).orElseThrow(() -> notFound(paymentNo));
        return settler.settleOne(attempt, false);
    }

    /**
     * Gives back the money of a SUCCEEDED attempt that its order did not keep (the order was
     * cancelled, or paid by another attempt), through the automatic-refund path: the intent is
     * recorded, then the provider is called with that refund number (retried by the janitor, {@link RefundExecution}).
     * The caller must have checked that the order does not hold this payment.
     *
     * @return the refund number ({@code out_refund_no})
     */
    public String refundUnneeded(String paymentNo, String reason) {
        NoTransaction.require();
        String refundNo = tx.execute(status -> {
            PaymentAttempt a = attempts.findByPaymentNo(paymentNo).orElseThrow(() -> notFound(paymentNo));
            if (a.status() != AttemptStatus.SUCCEEDED) {
                throw DomainException.conflict("attempt-not-refundable", "Payment " + paymentNo + " is " + a.status()
                        + ": only a kept payment (SUCCEEDED) can be given back automatically.");
            }
            String no = autoRefunds.open(a, reason == null || reason.isBlank() ? "Returned after reconciliation"
                    : reason.strip());
            events.publishEvent(new PaymentAttemptUpdated(a.orderNo(), a.paymentNo(), a.status()));
            return no;
        });
        refunds.execute(autoRefunds, refundNo, RefundBook.Trigger.SYSTEM);
        return refundNo;
    }

    private static DomainException notFound(String paymentNo) {
        return DomainException.notFound("payment-not-found", "No payment " + paymentNo + ".");
    }
}

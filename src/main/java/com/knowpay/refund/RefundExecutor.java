package com.knowpay.refund;

import com.knowpay.payment.ChannelException;
import com.knowpay.payment.RefundOutcome;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Record the intent, call the provider outside any transaction, record the answer. Every call uses
 * the refund's own number, so a retry (job or admin) is the same refund at the provider.
 */
@Component
class RefundExecutor {

    private static final Logger log = LoggerFactory.getLogger(RefundExecutor.class);

    private final RefundTransitions transitions;
    private final ProviderRefunds payments;

    RefundExecutor(RefundTransitions transitions, ProviderRefunds payments) {
        this.transitions = transitions;
        this.payments = payments;
    }

    /** @return the refund after the call, or empty when there was nothing to call (not approved, finished) */
    Optional<RefundView> execute(String refundNo, Long adminId, String note) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A provider call must not run inside a database transaction");
        }
        Optional<RefundTransitions.Call> call = transitions.startCall(refundNo, adminId, note);
        if (call.isEmpty()) {
            return Optional.empty();
        }
        RefundTransitions.Call c = call.get();
        try {
            RefundOutcome outcome = c.query()
                    ? payments.queryRefund(c.channel(), c.request().outTradeNo(), refundNo)
                    : payments.refund(c.channel(), c.request());
            return Optional.of(transitions.outcome(refundNo, outcome));
        } catch (ChannelException e) {
            log.warn("{} refund {} ({}): {}", c.channel(), refundNo, e.providerCode(), e.getMessage());
            return Optional.of(transitions.callFailed(refundNo, e.getMessage(), e.retryable()));
        }
    }
}

package com.knowpay.payment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment core's API for the order module. Methods that talk to a provider refuse to run
 * inside a transaction: they record the intent, call, and record the outcome in short
 * transactions of their own. Authorisation is the caller's job (the order module checks who owns
 * the order); nothing here is reachable from a view or controller directly.
 */
@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final ChannelRegistry channels;
    private final PaymentRecorder recorder;
    private final PaymentAttemptRepository attempts;
    private final AttemptSettler settler;

    PaymentService(ChannelRegistry channels, PaymentRecorder recorder, PaymentAttemptRepository attempts,
                   AttemptSettler settler) {
        this.channels = channels;
        this.recorder = recorder;
        this.attempts = attempts;
        this.settler = settler;
    }

    public List<ChannelType> availableChannels() {
        return channels.types();
    }

    /** A new attempt and its QR code: CREATED → provider → PENDING with the QR, or FAILED with the provider's reason. */
    public PaymentAttemptView startAttempt(StartAttempt cmd) {
        NoTransaction.require();
        PaymentChannel channel = channels.require(cmd.channel());
        String paymentNo = recorder.createAttempt(cmd);
        QrPayment qr;
        try {
            qr = channel.createQrPayment(new CreatePayment(paymentNo, cmd.amount(), cmd.subject(), cmd.expiresAt()));
        } catch (ChannelException e) {
            log.warn("{} refused payment {} ({}): {}", cmd.channel(), paymentNo, e.providerCode(), e.getMessage());
            return recorder.createFailed(paymentNo, e.getMessage());
        }
        return recorder.qrReady(paymentNo, qr.qrContent());
    }

    @Transactional(readOnly = true)
    public List<PaymentAttemptView> attemptsOf(String orderNo) {
        return attempts.findByOrderNoOrderByCreatedAtAsc(orderNo).stream().map(PaymentAttempt::toView).toList();
    }

    @Transactional(readOnly = true)
    public Map<String, List<PaymentAttemptView>> attemptsOf(Collection<String> orderNos) {
        Map<String, List<PaymentAttemptView>> byOrder = new LinkedHashMap<>();
        orderNos.forEach(no -> byOrder.put(no, new java.util.ArrayList<>()));
        if (!orderNos.isEmpty()) {
            attempts.findByOrderNoInOrderByCreatedAtAsc(orderNos)
                    .forEach(a -> byOrder.get(a.orderNo()).add(a.toView()));
        }
        return byOrder;
    }

    /** "I have paid": asks the providers about the order's open attempts now; a paid one is recorded. */
    public SettleOutcome queryOpenAttempts(String orderNo) {
        return settler.settle(orderNo, false);
    }

    /**
     * Before cancelling, expiring or replacing: query each open attempt, record a payment found,
     * close the rest at their providers ("already paid" counts as paid).
     */
    public SettleOutcome settleOpenAttempts(String orderNo) {
        return settler.settle(orderNo, true);
    }
}

package com.knowpay.payment;

import com.knowpay.shared.Money;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about local payments for reconciliation and support, as records (never
 * entities). A "day" is the providers' business day: they cut their bills by China time.
 */
@Service
@Transactional(readOnly = true)
public class PaymentRecords {

    /** The zone the providers cut their daily bills in. */
    public static final ZoneId BILL_ZONE = ZoneId.of("Asia/Shanghai");

    /** One payment attempt as reconciliation sees it; {@code paymentNo} is our {@code out_trade_no}. */
    public record PaymentRecord(String paymentNo, String orderNo, ChannelType channel, Money amount,
                                AttemptStatus status, String providerTradeNo, Instant paidAt) {
    }

    /** One automatic refund (money an order did not need); {@code status} PENDING, PROCESSING, SUCCEEDED or FAILED. */
    public record AutoRefundRecord(String outRefundNo, String paymentNo, String orderNo, ChannelType channel,
                                   Money amount, String status, Instant completedAt) {

        public boolean succeeded() {
            return "SUCCEEDED".equals(status);
        }
    }

    private final EntityManager em;

    PaymentRecords(EntityManager em) {
        this.em = em;
    }

    public static Instant dayStart(LocalDate date) {
        return date.atStartOfDay(BILL_ZONE).toInstant();
    }

    public static Instant dayEnd(LocalDate date) {
        return date.plusDays(1).atStartOfDay(BILL_ZONE).toInstant();
    }

    /** Attempts of the channel whose money arrived during the business day (kept or auto-refunded since). */
    public List<PaymentRecord> paidOn(ChannelType channel, LocalDate date) {
        return em.createQuery("""
                        select a from PaymentAttempt a where a.channel = :channel and a.paidAt >= :from and a.paidAt < :to
                        order by a.paidAt, a.id""", PaymentAttempt.class)
                .setParameter("channel", channel).setParameter("from", dayStart(date)).setParameter("to", dayEnd(date))
                .getResultStream().map(PaymentRecords::record).toList();
    }

    public Optional<PaymentRecord> byPaymentNo(String paymentNo) {
        return em.createQuery("select a from PaymentAttempt a where a.paymentNo = :no", PaymentAttempt.class)
                .setParameter("no", paymentNo).getResultStream().findFirst().map(PaymentRecords::record);
    }

    /** Every attempt of the given orders, oldest first. */
    public List<PaymentRecord> ofOrders(Collection<String> orderNos) {
        if (orderNos.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from PaymentAttempt a where a.orderNo in :orders order by a.createdAt, a.id",
                        PaymentAttempt.class)
                .setParameter("orders", orderNos).getResultStream().map(PaymentRecords::record).toList();
    }

    /** Automatic refunds of the channel that succeeded during the business day. */
    public List<AutoRefundRecord> autoRefundsCompletedOn(ChannelType channel, LocalDate date) {
        return em.createQuery("""
                        select r from AutoRefund r where r.channel = :channel and r.status = :status
                        and r.completedAt >= :from and r.completedAt < :to order by r.completedAt, r.id""", AutoRefund.class)
                .setParameter("channel", channel).setParameter("status", AutoRefund.Status.SUCCEEDED)
                .setParameter("from", dayStart(date)).setParameter("to", dayEnd(date))
                .getResultStream().map(PaymentRecords::record).toList();
    }

    public Optional<AutoRefundRecord> autoRefund(String outRefundNo) {
        return em.createQuery("select r from AutoRefund r where r.outRefundNo = :no", AutoRefund.class)
                .setParameter("no", outRefundNo).getResultStream().findFirst().map(PaymentRecords::record);
    }

    private static PaymentRecord record(PaymentAttempt a) {
        return new PaymentRecord(a.paymentNo(), a.orderNo(), a.channel(), a.amount(), a.status(), a.providerTradeNo(),
                a.paidAt());
    }

    private static AutoRefundRecord record(AutoRefund r) {
        return new AutoRefundRecord(r.outRefundNo(), r.paymentNo(), r.orderNo(), r.channel(), r.amount(),
                r.status().name(), r.completedAt());
    }
}

package com.knowpay.reconciliation;

import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.OrderRecord;
import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentRecords;
import com.knowpay.payment.PaymentRecords.AutoRefundRecord;
import com.knowpay.payment.PaymentRecords.PaymentRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Loads our side of a channel's day: the attempts, orders and refunds the bill's lines point at. */
@Component
class BookLoader {

    private final PaymentRecords payments;
    private final OrderBackOffice orders;
    private final RefundRecordSource refundSource;

    BookLoader(PaymentRecords payments, OrderBackOffice orders, RefundRecordSource refundSource) {
        this.payments = payments;
        this.orders = orders;
        this.refundSource = refundSource;
    }

    LocalBook load(Bill bill) {
        ChannelType channel = bill.channel();
        LocalDate date = bill.date();
        List<PaymentRecord> paidOnDay = payments.paidOn(channel, date);
        Map<String, PaymentRecord> attempts = new LinkedHashMap<>();
        paidOnDay.forEach(a -> attempts.put(a.paymentNo(), a));
        bill.lines().stream().filter(l -> l.type() == Bill.LineType.PAYMENT).map(Bill.Line::outTradeNo).distinct()
                .filter(no -> !attempts.containsKey(no))
                .forEach(no -> payments.byPaymentNo(no).ifPresent(a -> attempts.put(no, a)));
        Instant from = PaymentRecords.dayStart(date);
        Instant to = PaymentRecords.dayEnd(date);
        Set<String> orderNos = new LinkedHashSet<>();
        attempts.values().forEach(a -> orderNos.add(a.orderNo()));
        orders.recordsPaidBetween(from, to).forEach(o -> orderNos.add(o.orderNo()));
        payments.ofOrders(orderNos).forEach(a -> attempts.putIfAbsent(a.paymentNo(), a));
        Map<String, OrderRecord> orderMap = orders.records(orderNos);

        List<LocalRefundRecord> refundsOnDay = new ArrayList<>();
        payments.autoRefundsCompletedOn(channel, date).forEach(r -> refundsOnDay.add(local(r)));
        refundsOnDay.addAll(refundSource.refundsCompletedBetween(from, to, channel));
        Map<String, LocalRefundRecord> refunds = new LinkedHashMap<>();
        refundsOnDay.forEach(r -> refunds.put(r.refundNo(), r));
        bill.lines().stream().filter(l -> l.type() == Bill.LineType.REFUND && l.outRefundNo() != null)
                .map(Bill.Line::outRefundNo).distinct().filter(no -> !refunds.containsKey(no))
                .forEach(no -> findRefund(no).ifPresent(r -> refunds.put(no, r)));
        return new LocalBook(paidOnDay, attempts, orderMap, refundsOnDay, refunds);
    }

    /** The payment core's automatic refund of this number, else a refund made by people. */
    private Optional<LocalRefundRecord> findRefund(String refundNo) {
        return payments.autoRefund(refundNo).map(BookLoader::local).or(() -> refundSource.byRefundNo(refundNo));
    }

    private static LocalRefundRecord local(AutoRefundRecord r) {
        return new LocalRefundRecord(r.outRefundNo(), r.orderNo(), r.paymentNo(), r.channel(), r.amount(), r.status(),
                r.completedAt());
    }
}

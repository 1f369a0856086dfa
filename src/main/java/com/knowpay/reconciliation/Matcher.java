package com.knowpay.reconciliation;

import com.knowpay.order.OrderRecord;
import com.knowpay.order.OrderStatus;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.Bill;
import com.knowpay.payment.PaymentRecords;
import com.knowpay.payment.PaymentRecords.PaymentRecord;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Three-way matching of one channel's day: bill line ↔ payment attempt ↔ order, and bill refund
 * line ↔ local refund. Pure: the same bill and book always give the same findings, each keyed by
 * (type, reference) so that queuing them twice adds nothing.
 */
final class Matcher {

    private final Bill bill;
    private final LocalBook book;
    private final IntConsumer tick;
    private final Map<String, Finding> found = new LinkedHashMap<>();

    private Matcher(Bill bill, LocalBook book, IntConsumer tick) {
        this.bill = bill;
        this.book = book;
        this.tick = tick;
    }

    /** Steps {@link #match} reports through {@code tick}: one per bill line and per local record. */
    static int steps(Bill bill, LocalBook book) {
        return bill.lines().size() + book.size();
    }

    /** @param tick told the number of steps done so far */
    static List<Finding> match(Bill bill, LocalBook book, IntConsumer tick) {
        Matcher m = new Matcher(bill, book, tick);
        m.payments();
        m.refunds();
        m.orders();
        return List.copyOf(m.found.values());
    }

    private int done;

    private void step() {
        tick.accept(++done);
    }

    private void payments() {
        List<Bill.Line> lines = lines(Bill.LineType.PAYMENT);
        Map<String, List<Bill.Line>> byOutTradeNo = lines.stream()
                .collect(Collectors.groupingBy(Bill.Line::outTradeNo, LinkedHashMap::new, Collectors.toList()));
        byOutTradeNo.forEach((outTradeNo, same) -> {
            same.forEach(l -> step());
            payment(outTradeNo, same);
        });
        lines.stream().filter(l -> l.providerTradeNo() != null)
                .collect(Collectors.groupingBy(Bill.Line::providerTradeNo, LinkedHashMap::new, Collectors.toList()))
                .forEach((tradeNo, same) -> {
                    if (same.stream().map(Bill.Line::outTradeNo).distinct().count() > 1) {
                        add(new Finding(MismatchType.DUPLICATE, tradeNo, null, same.get(0).outTradeNo(), null, tradeNo,
                                same.get(0).amount(), null, "Provider trade " + tradeNo + " appears under "
                                + same.stream().map(Bill.Line::outTradeNo).distinct().toList() + " in the bill."));
                    }
                });
        for (PaymentRecord a : book.paidOnDay()) {
            step();
            if (a.channel() == bill.channel() && !byOutTradeNo.containsKey(a.paymentNo()) && a.status().moneyArrived()) {
                add(new Finding(MismatchType.MISSING_AT_PROVIDER, a.paymentNo(), a.orderNo(), a.paymentNo(), null,
                        a.providerTradeNo(), null, a.amount(), "We recorded payment " + a.paymentNo() + " ("
                        + a.status() + ", " + a.amount().format() + ") but the bill does not list it."));
            }
        }
    }

    private void payment(String outTradeNo, List<Bill.Line> same) {
        Bill.Line line = same.get(0);
        if (same.size() > 1) {
            add(new Finding(MismatchType.DUPLICATE, outTradeNo, null, outTradeNo, null, line.providerTradeNo(),
                    line.amount(), null, "Payment " + outTradeNo + " appears " + same.size() + " times in the bill."));
        }
        PaymentRecord a = book.attempts().get(outTradeNo);
        if (a == null) {
            add(new Finding(MismatchType.MISSING_LOCALLY, outTradeNo, null, null, null, line.providerTradeNo(),
                    line.amount(), null, "The bill has a payment of " + line.amount().format() + " for " + outTradeNo
                    + " that we have no record of."));
            return;
        }
        if (!a.status().moneyArrived()) {
            add(new Finding(MismatchType.MISSING_LOCALLY, outTradeNo, a.orderNo(), a.paymentNo(), null,
                    line.providerTradeNo(), line.amount(), a.amount(), "The provider was paid for " + outTradeNo
                    + " but our attempt is " + a.status() + "."));
            return;
        }
        if (!a.amount().equals(line.amount())) {
            add(new Finding(MismatchType.AMOUNT_MISMATCH, outTradeNo, a.orderNo(), a.paymentNo(), null,
                    line.providerTradeNo(), line.amount(), a.amount(), "The bill says " + line.amount().format()
                    + ", we recorded " + a.amount().format() + "."));
        }
        OrderRecord order = book.orders().get(a.orderNo());
        if (a.status() == AttemptStatus.SUCCEEDED && order != null
                && (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.PENDING_PAYMENT)) {
            add(new Finding(MismatchType.STATUS_MISMATCH, outTradeNo, a.orderNo(), a.paymentNo(), null,
                    line.providerTradeNo(), line.amount(), a.amount(), "Paid at the provider and kept, but order "
                    + a.orderNo() + " is " + order.status() + " and no automatic refund was made."));
        }
    }

    private void refunds() {
        Map<String, List<Bill.Line>> byRefundNo = lines(Bill.LineType.REFUND).stream()
                .collect(Collectors.groupingBy(l -> l.outRefundNo() != null ? l.outRefundNo() : "?" + l.outTradeNo(),
                        LinkedHashMap::new, Collectors.toList()));
        byRefundNo.forEach((refundNo, same) -> {
            same.forEach(l -> step());
            refund(refundNo, same);
        });
        for (LocalRefundRecord r : book.refundsOnDay()) {
            step();
            if (r.channel() == bill.channel() && r.moneyReturned() && !byRefundNo.containsKey(r.refundNo())) {
                add(new Finding(MismatchType.MISSING_AT_PROVIDER, r.refundNo(), r.orderNo(), r.paymentNo(),
                        r.refundNo(), null, null, r.amount(), "We recorded refund " + r.refundNo() + " ("
                        + r.amount().format() + ") as done but the bill does not list it."));
            }
        }
    }

    private void refund(String refundNo, List<Bill.Line> same) {
        Bill.Line line = same.get(0);
        if (same.size() > 1) {
            add(new Finding(MismatchType.DUPLICATE, refundNo, null, line.outTradeNo(), refundNo, line.providerTradeNo(),
                    line.amount(), null, "Refund " + refundNo + " appears " + same.size() + " times in the bill."));
        }
        LocalRefundRecord r = book.refunds().get(refundNo);
        if (r == null || !r.moneyReturned()) {
            add(new Finding(MismatchType.MISSING_LOCALLY, refundNo, r == null ? null : r.orderNo(), line.outTradeNo(),
                    refundNo, line.providerTradeNo(), line.amount(), r == null ? null : r.amount(),
                    r == null ? "The bill has a refund of " + line.amount().format() + " (" + refundNo + ") of payment "
                            + line.outTradeNo() + " that we have no record of."
                            : "The provider refunded " + refundNo + " but our refund is " + r.status() + "."));
            return;
        }
        if (!r.amount().equals(line.amount())) {
            add(new Finding(MismatchType.AMOUNT_MISMATCH, refundNo, r.orderNo(), r.paymentNo(), refundNo,
                    line.providerTradeNo(), line.amount(), r.amount(), "The bill refunds " + line.amount().format()
                    + ", we recorded " + r.amount().format() + "."));
        }
    }

    /** Order ↔ attempt: a paid order must hold a kept payment, and keep only one. */
    private void orders() {
        Map<String, List<PaymentRecord>> byOrder = book.attempts().values().stream()
                .sorted(Comparator.comparing(PaymentRecord::paymentNo))
                .collect(Collectors.groupingBy(PaymentRecord::orderNo, LinkedHashMap::new, Collectors.toList()));
        Set<String> orderNos = new LinkedHashSet<>(book.orders().keySet());
        for (String orderNo : orderNos) {
            OrderRecord order = book.orders().get(orderNo);
            List<PaymentRecord> attempts = byOrder.getOrDefault(orderNo, List.of());
            if (order.status() == OrderStatus.PAID || order.status() == OrderStatus.PARTIALLY_REFUNDED) {
                PaymentRecord paid = book.attempts().get(order.paidPaymentNo());
                if (paid != null && paid.channel() == bill.channel() && paid.status() != AttemptStatus.SUCCEEDED
                        && onDay(order)) {
                    add(new Finding(MismatchType.STATUS_MISMATCH, orderNo, orderNo, paid.paymentNo(), null,
                            paid.providerTradeNo(), null, paid.amount(), "Order " + orderNo + " is " + order.status()
                            + " by payment " + paid.paymentNo() + ", but that attempt is " + paid.status() + "."));
                }
            }
            List<PaymentRecord> kept = attempts.stream().filter(a -> a.status() == AttemptStatus.SUCCEEDED).toList();
            if (kept.size() > 1) {
                PaymentRecord extra = kept.stream().filter(a -> !Objects.equals(a.paymentNo(), order.paidPaymentNo()))
                        .reduce((first, second) -> second).orElse(kept.get(kept.size() - 1));
                if (extra.channel() == bill.channel() && paidOnDay(extra)) {
                    add(new Finding(MismatchType.DUPLICATE, orderNo, orderNo, extra.paymentNo(), null,
                            extra.providerTradeNo(), null, extra.amount(), "Order " + orderNo + " kept "
                            + kept.size() + " payments " + kept.stream().map(PaymentRecord::paymentNo).toList()
                            + " without an automatic refund."));
                }
            }
        }
    }

    private boolean onDay(OrderRecord order) {
        return order.paidAt() != null && !order.paidAt().isBefore(PaymentRecords.dayStart(bill.date()))
                && order.paidAt().isBefore(PaymentRecords.dayEnd(bill.date()));
    }

    private boolean paidOnDay(PaymentRecord a) {
        return a.paidAt() != null && !a.paidAt().isBefore(PaymentRecords.dayStart(bill.date()))
                && a.paidAt().isBefore(PaymentRecords.dayEnd(bill.date()));
    }

    private List<Bill.Line> lines(Bill.LineType type) {
        return bill.lines().stream().filter(l -> l.type() == type).toList();
    }

    private void add(Finding f) {
        found.putIfAbsent(f.type() + "|" + f.reference(), f);
    }
}

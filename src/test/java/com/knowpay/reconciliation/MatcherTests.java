package com.knowpay.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.knowpay.order.CancelReason;
import com.knowpay.order.OrderRecord;
import com.knowpay.order.OrderStatus;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentRecords.PaymentRecord;
import com.knowpay.payment.PaymentRecords;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matcher on hand-built books: every rule, and nothing reported for what agrees. */
class MatcherTests {

    static final LocalDate DAY = LocalDate.of(2026, 5, 20);
    static final Instant NOON = DAY.atTime(12, 0).atZone(PaymentRecords.BILL_ZONE).toInstant();

    final List<PaymentRecord> paidOnDay = new ArrayList<>();
    final Map<String, PaymentRecord> attempts = new HashMap<>();
    final Map<String, OrderRecord> orders = new HashMap<>();
    final List<LocalRefundRecord> refundsOnDay = new ArrayList<>();
    final Map<String, LocalRefundRecord> refunds = new HashMap<>();
    final List<Bill.Line> lines = new ArrayList<>();

    PaymentRecord attempt(String no, String orderNo, AttemptStatus status, long fen) {
        PaymentRecord a = new PaymentRecord(no, orderNo, ChannelType.SANDBOX, Money.fen(fen), status, "T" + no,
                status.moneyArrived() ? NOON : null);
        attempts.put(no, a);
        if (status.moneyArrived()) {
            paidOnDay.add(a);
        }
        return a;
    }

    void order(String orderNo, OrderStatus status, String paidPaymentNo) {
        orders.put(orderNo, new OrderRecord(orderNo, 1, 1, Money.fen(100), status,
                status == OrderStatus.CANCELLED ? CancelReason.USER : null, paidPaymentNo, paidPaymentNo == null ? null : NOON));
    }

    void billed(String outTradeNo, long fen) {
        lines.add(new Bill.Line(Bill.LineType.PAYMENT, outTradeNo, "T" + outTradeNo, null, Money.fen(fen), NOON, "课"));
    }

    void billedRefund(String outTradeNo, String refundNo, long fen) {
        lines.add(new Bill.Line(Bill.LineType.REFUND, outTradeNo, "T" + outTradeNo, refundNo, Money.fen(fen), NOON, null));
    }

    void refund(String refundNo, String paymentNo, String status, long fen) {
        LocalRefundRecord r = new LocalRefundRecord(refundNo, "O" + paymentNo, paymentNo, ChannelType.SANDBOX,
                Money.fen(fen), status, "SUCCEEDED".equals(status) ? NOON : null);
        refunds.put(refundNo, r);
        if (r.moneyReturned()) {
            refundsOnDay.add(r);
        }
    }

    List<Finding> match() {
        Bill bill = new Bill(ChannelType.SANDBOX, DAY, lines);
        return Matcher.match(bill, new LocalBook(paidOnDay, attempts, orders, refundsOnDay, refunds), n -> { });
    }

    @Test
    void whatAgreesOnAllThreeSidesGivesNoFinding() {
        attempt("P1", "O1", AttemptStatus.SUCCEEDED, 100);
        order("O1", OrderStatus.PAID, "P1");
        billed("P1", 100);
        attempt("P2", "O2", AttemptStatus.AUTO_REFUNDED, 100);
        attempt("P3", "O2", AttemptStatus.SUCCEEDED, 100);
        order("O2", OrderStatus.PAID, "P3");
        billed("P2", 100);
        billed("P3", 100);
        refund("R1", "P2", "SUCCEEDED", 100);
        billedRefund("P2", "R1", 100);

        assertThat(match()).isEmpty();
    }

    @Test
    void paymentRulesGiveOneFindingEach() {
        attempt("P1", "O1", AttemptStatus.CLOSED, 100);
        order("O1", OrderStatus.CANCELLED, null);
        billed("P1", 100);
        attempt("P2", "O2", AttemptStatus.SUCCEEDED, 100);
        order("O2", OrderStatus.PAID, "P2");
        attempt("P3", "O3", AttemptStatus.SUCCEEDED, 100);
        order("O3", OrderStatus.PAID, "P3");
        billed("P3", 101);
        attempt("P4", "O4", AttemptStatus.SUCCEEDED, 100);
        order("O4", OrderStatus.PENDING_PAYMENT, null);
        billed("P4", 100);
        attempt("P5", "O5", AttemptStatus.SUCCEEDED, 100);
        order("O5", OrderStatus.PAID, "P5");
        billed("P5", 100);
        billed("P5", 100);
        billed("P9", 500);

        assertThat(match()).extracting(Finding::type, Finding::reference).containsExactlyInAnyOrder(
                tuple(MismatchType.MISSING_LOCALLY, "P1"),
                tuple(MismatchType.MISSING_AT_PROVIDER, "P2"),
                tuple(MismatchType.AMOUNT_MISMATCH, "P3"),
                tuple(MismatchType.STATUS_MISMATCH, "P4"),
                tuple(MismatchType.DUPLICATE, "P5"),
                tuple(MismatchType.MISSING_LOCALLY, "P9"));
    }

    @Test
    void orderRulesCatchAPaidOrderWithoutAKeptPaymentAndAnOrderPaidTwice() {
        attempt("P1", "O1", AttemptStatus.PENDING, 100);
        order("O1", OrderStatus.PAID, "P1");
        attempt("P2", "O2", AttemptStatus.SUCCEEDED, 100);
        attempt("P3", "O2", AttemptStatus.SUCCEEDED, 100);
        order("O2", OrderStatus.PAID, "P2");
        billed("P2", 100);
        billed("P3", 100);

        List<Finding> found = match();

        assertThat(found).extracting(Finding::type, Finding::reference).containsExactlyInAnyOrder(
                tuple(MismatchType.STATUS_MISMATCH, "O1"),
                tuple(MismatchType.DUPLICATE, "O2"));
        assertThat(found).filteredOn(f -> f.reference().equals("O2")).singleElement()
                .extracting(Finding::paymentNo).isEqualTo("P3");
    }

    @Test
    void oneProviderTradeUnderTwoOfOurNumbersIsADuplicate() {
        attempt("P1", "O1", AttemptStatus.SUCCEEDED, 100);
        order("O1", OrderStatus.PAID, "P1");
        attempt("P2", "O2", AttemptStatus.SUCCEEDED, 100);
        order("O2", OrderStatus.PAID, "P2");
        lines.add(new Bill.Line(Bill.LineType.PAYMENT, "P1", "SAME", null, Money.fen(100), NOON, null));
        lines.add(new Bill.Line(Bill.LineType.PAYMENT, "P2", "SAME", null, Money.fen(100), NOON, null));

        assertThat(match()).extracting(Finding::type, Finding::reference)
                .containsExactly(tuple(MismatchType.DUPLICATE, "SAME"));
    }

    @Test
    void refundRulesGiveOneFindingEach() {
        refund("R1", "P1", "PROCESSING", 100);
        billedRefund("P1", "R1", 100);
        billedRefund("P2", "R2", 100);
        refund("R3", "P3", "SUCCEEDED", 100);
        refund("R4", "P4", "SUCCEEDED", 100);
        billedRefund("P4", "R4", 90);
        refund("R5", "P5", "SUCCEEDED", 100);
        billedRefund("P5", "R5", 100);
        billedRefund("P5", "R5", 100);

        assertThat(match()).extracting(Finding::type, Finding::reference).containsExactlyInAnyOrder(
                tuple(MismatchType.MISSING_LOCALLY, "R1"),
                tuple(MismatchType.MISSING_LOCALLY, "R2"),
                tuple(MismatchType.MISSING_AT_PROVIDER, "R3"),
                tuple(MismatchType.AMOUNT_MISMATCH, "R4"),
                tuple(MismatchType.DUPLICATE, "R5"));
    }

    @Test
    void theSameBillAndBookAlwaysGiveTheSameFindings() {
        paymentRulesGiveOneFindingEach();
        assertThat(match()).isEqualTo(match());
    }
}

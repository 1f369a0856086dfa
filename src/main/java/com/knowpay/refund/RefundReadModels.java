package com.knowpay.refund;

import com.knowpay.ledger.RefundExpectations;
import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.OrderRefundLookup;
import com.knowpay.order.OrderRefundView;
import com.knowpay.payment.ChannelType;
import com.knowpay.reconciliation.LocalRefundRecord;
import com.knowpay.reconciliation.RefundRecordSource;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the refund module tells others: an order's refunds for the order screens and REST API, what
 * the ledger should contain for its invariant check, and the refunds reconciliation matches against
 * the providers' bills.
 */
@Component
@Transactional(readOnly = true)
class RefundReadModels implements OrderRefundLookup, RefundExpectations, RefundRecordSource {

    private final RefundRepository refunds;
    private final OrderBackOffice orders;

    RefundReadModels(RefundRepository refunds, OrderBackOffice orders) {
        this.refunds = refunds;
        this.orders = orders;
    }

    @Override
    public List<OrderRefundView> refundsOf(String orderNo) {
        return refunds.findByOrderNoOrderByCreatedAtAsc(orderNo).stream()
                .map(r -> r.toView())
                .map(r -> new OrderRefundView(r.refundNo(), r.amount(), r.status().name(), r.reason(), r.createdAt(),
                        r.completedAt()))
                .toList();
    }

    @Override
    public Set<String> completedRefundNos(Instant from, Instant to) {
        return new HashSet<>(refunds.completedBetween(from, to));
    }

    @Override
    public boolean endedWithoutRefund(String refundNo) {
        return refunds.findByRefundNo(refundNo).map(r -> r.status() == RefundStatus.REJECTED
                || r.status() == RefundStatus.FAILED && !r.retryable()).orElse(false);
    }

    @Override
    public List<LocalRefundRecord> refundsCompletedBetween(Instant from, Instant to, ChannelType channel) {
        return refunds.findEndedBetween(channel, from, to).stream().map(RefundReadModels::record).toList();
    }

    @Override
    public Optional<LocalRefundRecord> byRefundNo(String refundNo) {
        return refunds.findByRefundNo(refundNo).map(RefundReadModels::record);
    }

    private static LocalRefundRecord record(RefundRequest r) {
        return new LocalRefundRecord(r.refundNo(), r.orderNo(), r.paymentNo(), r.channel(), r.amount(), r.status().name(),
                r.completedAt());
    }
}

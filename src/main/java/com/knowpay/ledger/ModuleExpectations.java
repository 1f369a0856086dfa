package com.knowpay.ledger;

import com.knowpay.order.OrderBackOffice;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The ledger's expectations from their owners: paid orders from the order module, refunds from the refund module. */
@Component
class ModuleExpectations implements LedgerExpectations {

    private final OrderBackOffice orders;
    private final ObjectProvider<RefundExpectations> refunds;

    ModuleExpectations(OrderBackOffice orders, ObjectProvider<RefundExpectations> refunds) {
        this.orders = orders;
        this.refunds = refunds;
    }

    @Override
    public Set<String> paidOrderNos(Instant from, Instant to) {
        return orders.paidOrderNos(from, to);
    }

    @Override
    public Set<String> completedRefundNos(Instant from, Instant to) {
        RefundExpectations r = refunds.getIfAvailable();
        return r == null ? null : r.completedRefundNos(from, to);
    }
}

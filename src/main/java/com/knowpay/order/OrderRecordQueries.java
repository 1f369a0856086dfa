package com.knowpay.order;

import com.knowpay.shared.Money;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Projections for {@link OrderBackOffice}'s record reads: plain columns, no aggregate loaded. */
@Component
class OrderRecordQueries {

    private static final String SELECT = "select o.orderNo, o.userId, o.courseId, o.amountFen, o.currency, o.status,"
            + " o.cancelReason, o.paidPaymentNo, o.paidAt from Order o";

    private final EntityManager em;

    OrderRecordQueries(EntityManager em) {
        this.em = em;
    }

    Map<String, OrderRecord> byOrderNo(Collection<String> orderNos) {
        if (orderNos.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(SELECT + " where o.orderNo in :nos", Object[].class).setParameter("nos", orderNos)
                .getResultStream().map(OrderRecordQueries::record)
                .collect(Collectors.toMap(OrderRecord::orderNo, Function.identity()));
    }

    List<OrderRecord> paidBetween(Instant from, Instant to) {
        return em.createQuery(SELECT + " where o.paidAt >= :from and o.paidAt < :to order by o.paidAt", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream().map(OrderRecordQueries::record).toList();
    }

    private static OrderRecord record(Object[] r) {
        return new OrderRecord((String) r[0], (Long) r[1], (Long) r[2], new Money((Long) r[3], (String) r[4]),
                (OrderStatus) r[5], (CancelReason) r[6], (String) r[7], (Instant) r[8]);
    }
}

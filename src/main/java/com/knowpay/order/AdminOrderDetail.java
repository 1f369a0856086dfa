package com.knowpay.order;

import com.knowpay.payment.InboxNotificationView;
import java.util.List;

/**
 * What the admin order page shows of the order itself: the order with its payment attempts, the
 * learner, the verified provider notifications and the status history. Refunds and journal entries
 * are added by their own modules through {@link AdminOrderSection}.
 */
public record AdminOrderDetail(OrderView order, String learnerUsername, List<InboxNotificationView> notifications,
                               List<OrderHistoryEntry> history) {
}

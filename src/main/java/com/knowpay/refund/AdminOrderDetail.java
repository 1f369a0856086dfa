package com.knowpay.refund;

import com.knowpay.ledger.JournalEntryView;
import com.knowpay.order.OrderHistoryEntry;
import com.knowpay.order.OrderView;
import com.knowpay.payment.InboxNotificationView;
import java.util.List;

/**
 * Everything support needs about one order: attempts (in the order), verified notifications, refunds,
 * history, and its journal entries (sale, refund holds, settlements, releases).
 */
public record AdminOrderDetail(OrderView order, String learnerUsername, RefundPolicy policy,
                               List<InboxNotificationView> notifications, List<RefundView> refunds,
                               List<OrderHistoryEntry> history, List<JournalEntryView> ledger) {
}

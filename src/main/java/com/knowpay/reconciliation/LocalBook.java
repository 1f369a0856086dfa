package com.knowpay.reconciliation;

import com.knowpay.order.OrderRecord;
import com.knowpay.payment.PaymentRecords.PaymentRecord;
import java.util.List;
import java.util.Map;

/**
 * Our side of one channel's day, loaded before matching so the matcher is a pure function.
 *
 * @param paidOnDay      attempts of the channel whose money arrived that day
 * @param attempts       every attempt the matcher may look at, by payment number
 * @param orders         the orders of those attempts and the orders paid that day, by order number
 * @param refundsOnDay   refunds of the channel completed that day
 * @param refunds        every refund the matcher may look at, by refund number
 */
record LocalBook(List<PaymentRecord> paidOnDay, Map<String, PaymentRecord> attempts, Map<String, OrderRecord> orders,
                 List<LocalRefundRecord> refundsOnDay, Map<String, LocalRefundRecord> refunds) {

    int size() {
        return paidOnDay.size() + refundsOnDay.size();
    }
}

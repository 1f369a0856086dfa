package com.knowpay.ledger;

import com.knowpay.order.OrderPaid;
import com.knowpay.payment.TestMoney;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the journal from the business events it records, after their transaction committed.
 * The publication registry keeps an event until this listener completed, so a crash between
 * payment and posting is re-delivered on restart; the journal's unique reference makes the
 * re-delivery post nothing twice.
 */
@Component
class LedgerEventHandlers {

    private final LedgerService ledger;
    private final TestMoney testMoney;

    LedgerEventHandlers(LedgerService ledger, TestMoney testMoney) {
        this.ledger = ledger;
        this.testMoney = testMoney;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        ledger.recordPayment(new PaymentPosting("payment:" + paid.paymentNo(), paid.orderNo(), paid.creatorId(),
                paid.channel(), paid.amount(), paid.paidAt(), testMoney.is(paid.channel())));
    }
}

package com.knowpay.refund;

import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import com.knowpay.ledger.LedgerService;
import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.OrderSearch;
import com.knowpay.order.OrderView;
import com.knowpay.payment.PaymentInboxQuery;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** The admin console's order search and order detail (refunds are started from there). */
@Service
@RolesAllowed("ADMIN")
public class RefundConsole {

    private final OrderBackOffice orders;
    private final PaymentInboxQuery inbox;
    private final AccountService accounts;
    private final RefundService refunds;
    private final LedgerService ledger;

    RefundConsole(OrderBackOffice orders, PaymentInboxQuery inbox, AccountService accounts, RefundService refunds,
                  LedgerService ledger) {
        this.orders = orders;
        this.inbox = inbox;
        this.accounts = accounts;
        this.refunds = refunds;
        this.ledger = ledger;
    }

    public Page<OrderView> searchOrders(AdminOrderSearch s, int page, int size) {
        String orderNo = blank(s.orderNo()) ? null : s.orderNo().trim();
        if (!blank(s.paymentNo())) {
            Optional<String> ofPayment = inbox.orderNoOfPayment(s.paymentNo());
            if (ofPayment.isEmpty() || (orderNo != null && !orderNo.equals(ofPayment.get()))) {
                return Page.empty(PageRequest.of(Math.max(page, 0), Math.max(size, 1)));
            }
            orderNo = ofPayment.get();
        }
        Long userId = null;
        if (!blank(s.learnerUsername())) {
            Optional<UserView> user = accounts.findByUsername(s.learnerUsername().trim());
            if (user.isEmpty()) {
                return new PageImpl<>(java.util.List.of(), PageRequest.of(Math.max(page, 0), Math.max(size, 1)), 0);
            }
            userId = user.get().id();
        }
        return orders.search(new OrderSearch(orderNo, userId, s.course(), s.status(), s.from(), s.to()), page, size);
    }

    public Optional<AdminOrderDetail> orderDetail(String orderNo) {
        return orders.search(new OrderSearch(blank(orderNo) ? "-" : orderNo.trim(), null, null, null, null, null), 0, 1)
                .stream().findFirst()
                .map(o -> new AdminOrderDetail(o, accounts.find(o.userId()).map(UserView::username).orElse("#" + o.userId()),
                        refunds.policy(o.orderNo()), inbox.notificationsOf(o.orderNo()), refunds.refundsOf(o.orderNo()),
                        orders.history(o.orderNo()), ledger.entriesOfOrder(o.orderNo())));
    }

    /** An admin starts a refund from the order detail (see {@link RefundService#adminRequest}). */
    public RefundView startRefund(String orderNo, RefundAsk ask) {
        return refunds.adminRequest(orderNo, ask);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

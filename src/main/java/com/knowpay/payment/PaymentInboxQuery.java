package com.knowpay.payment;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-ups for the admin console: the verified notifications of an order, an attempt's order. */
@Component
@Transactional(readOnly = true)
public class PaymentInboxQuery {

    private final JdbcTemplate jdbc;

    PaymentInboxQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every inbox row of the order's attempts, oldest first. */
    public List<InboxNotificationView> notificationsOf(String orderNo) {
        return jdbc.query("""
                select i.channel, i.inbox_key, i.payment_no, i.source, i.trade_state, i.raw_content, i.received_at
                from payment_notification_inbox i join payment_attempt a on a.payment_no = i.payment_no
                where a.order_no = ? order by i.received_at, i.id""",
                (rs, n) -> new InboxNotificationView(ChannelType.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")))
                                .toInstant()), orderNo);
    }

    /** The order an attempt belongs to. */
    public Optional<String> orderNoOfPayment(String paymentNo) {
        return jdbc.queryForList("select order_no from payment_attempt where payment_no = ?", String.class,
                paymentNo == null ? "" : paymentNo.trim()).stream().findFirst();
    }
}

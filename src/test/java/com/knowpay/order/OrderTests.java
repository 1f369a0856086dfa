package com.knowpay.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseStatus;
import com.knowpay.catalog.CourseView;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** The order state machine, every legal and illegal move, without Spring. */
class OrderTests {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Duration TIMEOUT = Duration.ofMinutes(15);
    static final CourseView COURSE = new CourseView(7, CourseKind.COURSE, "Spring Boot from Zero", null, null, null,
            List.of(), Money.fen(14900), 3, "Wang Fang", CourseStatus.PUBLISHED, T0, T0);

    static Order pending() {
        return Order.place("O1", 42, COURSE, T0, TIMEOUT);
    }

    static Order paid() {
        Order o = pending();
        o.markPaid("P1", ChannelType.SANDBOX, T0.plusSeconds(60));
        return o;
    }

    static Order cancelled(CancelReason reason) {
        Order o = pending();
        o.cancel(reason, T0.plus(TIMEOUT));
        return o;
    }

    @Test
    void placingFreezesCourseAndOpensTheOrder() {
        Order o = pending();
        assertThat(o.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(o.openKey()).isEqualTo("42:7");
        assertThat(o.expiresAt()).isEqualTo(T0.plus(TIMEOUT));
        assertThat(o.amount()).isEqualTo(Money.fen(14900));
        assertThat(o.events()).containsExactly(new OrderPlaced("O1", 42, 7, Money.fen(14900), T0));
        assertThat(o.history()).singleElement().satisfies(h -> assertThat(h.to()).isEqualTo(OrderStatus.PENDING_PAYMENT));
        OrderView v = o.toView(List.of());
        assertThat(v.courseTitle()).isEqualTo("Spring Boot from Zero");
        assertThat(v.refunded()).isEqualTo(Money.zero());
    }

    @Test
    void aFreeCourseCannotBeOrdered() {
        CourseView free = new CourseView(8, CourseKind.EBOOK, "Free", null, null, null, List.of(), Money.zero(), 3, "x",
                CourseStatus.PUBLISHED, T0, T0);
        assertConflict(() -> Order.place("O2", 42, free, T0, TIMEOUT));
    }

    @Test
    void pendingToPaidRecordsPaymentAndEvent() {
        Order o = paid();
        assertThat(o.status()).isEqualTo(OrderStatus.PAID);
        assertThat(o.paidPaymentNo()).isEqualTo("P1");
        assertThat(o.openKey()).isNull();
        assertThat(o.events()).contains(new OrderPaid("O1", 42, 7, "Spring Boot from Zero", 3, Money.fen(14900),
                ChannelType.SANDBOX, "P1", T0.plusSeconds(60)));
        assertThat(o.history()).extracting(OrderStatusChange::to)
                .containsExactly(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID);
    }

    @Test
    void pendingCanBeCancelledForEveryReason() {
        for (CancelReason reason : CancelReason.values()) {
            Order o = cancelled(reason);
            assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(o.cancelReason()).isEqualTo(reason);
            assertThat(o.openKey()).isNull();
            assertThat(o.events()).contains(new OrderCancelled("O1", reason, 42, 7, Money.fen(14900), T0.plus(TIMEOUT)));
        }
    }

    @Test
    void timeoutBeforeExpiryIsRefused() {
        Order o = pending();
        assertThatThrownBy(() -> o.cancel(CancelReason.TIMEOUT, T0.plus(TIMEOUT).minusSeconds(1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("not expired");
        assertThat(o.isExpired(T0.plus(TIMEOUT).minusSeconds(1))).isFalse();
        assertThat(o.isExpired(T0.plus(TIMEOUT))).isTrue();
    }

    @Test
    void onlyATimedOutOrderCanBeRevived() {
        Order o = cancelled(CancelReason.TIMEOUT);
        o.revive("P9", ChannelType.SANDBOX, T0.plus(Duration.ofMinutes(20)));
        assertThat(o.status()).isEqualTo(OrderStatus.PAID);
        assertThat(o.cancelReason()).isNull();
        assertThat(o.paidPaymentNo()).isEqualTo("P9");
        assertThat(o.events()).anyMatch(e -> e instanceof OrderPaid p && p.paymentNo().equals("P9"));

        assertConflict(() -> cancelled(CancelReason.USER).revive("P9", ChannelType.SANDBOX, T0));
        assertConflict(() -> cancelled(CancelReason.RISK).revive("P9", ChannelType.SANDBOX, T0));
        assertConflict(() -> pending().revive("P9", ChannelType.SANDBOX, T0));
        assertConflict(() -> paid().revive("P9", ChannelType.SANDBOX, T0));
    }

    @Test
    void refundsMovePaidToPartlyAndFullyRefunded() {
        Order o = paid();
        o.applyRefund(Money.fen(4900), T0);
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        o.applyRefund(Money.fen(5000), T0);
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        o.applyRefund(Money.fen(5000), T0);
        assertThat(o.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(o.toView(List.of()).refunded()).isEqualTo(Money.fen(14900));

        Order full = paid();
        full.applyRefund(Money.fen(14900), T0);
        assertThat(full.status()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void neverRefundsMoreThanPaidNorZero() {
        assertConflict(() -> paid().applyRefund(Money.fen(14901), T0));
        assertConflict(() -> paid().applyRefund(Money.zero(), T0));
        Order o = paid();
        o.applyRefund(Money.fen(14000), T0);
        assertConflict(() -> o.applyRefund(Money.fen(901), T0));
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void illegalMovesFromPaid() {
        assertConflict(o -> o.markPaid("P2", ChannelType.SANDBOX, T0), paid());
        for (CancelReason r : CancelReason.values()) {
            assertConflict(o -> o.cancel(r, T0.plus(TIMEOUT)), paid());
        }
    }

    @Test
    void illegalMovesFromCancelled() {
        for (CancelReason reason : CancelReason.values()) {
            assertConflict(o -> o.markPaid("P2", ChannelType.SANDBOX, T0), cancelled(reason));
            assertConflict(o -> o.cancel(CancelReason.USER, T0.plus(TIMEOUT)), cancelled(reason));
            assertConflict(o -> o.applyRefund(Money.fen(1), T0), cancelled(reason));
        }
    }

    @Test
    void illegalMovesFromPending() {
        assertConflict(o -> o.applyRefund(Money.fen(1), T0), pending());
    }

    @Test
    void illegalMovesFromRefunded() {
        Order o = paid();
        o.applyRefund(Money.fen(14900), T0);
        assertConflict(x -> x.markPaid("P2", ChannelType.SANDBOX, T0), o);
        assertConflict(x -> x.cancel(CancelReason.USER, T0.plus(TIMEOUT)), o);
        assertConflict(x -> x.revive("P2", ChannelType.SANDBOX, T0), o);
        assertConflict(x -> x.applyRefund(Money.fen(1), T0), o);
    }

    @Test
    void partlyRefundedCannotBePaidOrCancelled() {
        Order o = paid();
        o.applyRefund(Money.fen(100), T0);
        assertConflict(x -> x.markPaid("P2", ChannelType.SANDBOX, T0), o);
        assertConflict(x -> x.cancel(CancelReason.USER, T0.plus(TIMEOUT)), o);
        assertConflict(x -> x.revive("P2", ChannelType.SANDBOX, T0), o);
    }

    private static void assertConflict(ThrowingConsumer<Order> move, Order order) {
        OrderStatus before = order.status();
        assertThatThrownBy(() -> move.accept(order)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(order.status()).isEqualTo(before);
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable move) {
        assertThatThrownBy(move).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }
}

package com.knowpay.order;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<Order, Long> {

    Optional<Order> findByOrderNo(String orderNo);

    Optional<Order> findByOpenKey(String openKey);

    List<Order> findByUserIdOrderByCreatedAtDesc(long userId);

    @Query("""
            select count(o) > 0 from Order o where o.userId = :userId and o.courseId = :courseId
            and o.orderNo <> :exceptOrderNo and o.status in ('PENDING_PAYMENT', 'PAID', 'PARTIALLY_REFUNDED')""")
    boolean hasOtherLiveOrder(long userId, long courseId, String exceptOrderNo);

    @Query("""
            select count(o) > 0 from Order o where o.userId = :userId and o.courseId = :courseId
            and o.status in ('PAID', 'PARTIALLY_REFUNDED')""")
    boolean ownsViaPaidOrder(long userId, long courseId);

    /** Open orders due at {@code now}, by id after {@code afterId} (keyset paging, so a stuck one never blocks the rest). */
    @Query("""
            select o.id as id, o.orderNo as orderNo from Order o
            where o.status = 'PENDING_PAYMENT' and o.expiresAt <= :now and o.id > :afterId order by o.id""")
    List<DueOrder> findExpired(Instant now, long afterId, Pageable page);

    interface DueOrder {
        Long getId();

        String getOrderNo();
    }

    /** The order row locked (SELECT … FOR UPDATE): concurrent refund reservations queue up instead of overbooking. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.orderNo = :orderNo")
    Optional<Order> lockByOrderNo(String orderNo);

    @Query("select o.orderNo from Order o where o.paidAt >= :from and o.paidAt < :to")
    List<String> paidBetween(Instant from, Instant to);

    @Query("""
            select o from Order o where (:orderNo is null or o.orderNo = :orderNo)
            and (:userId is null or o.userId = :userId)
            and (:title is null or lower(o.courseTitle) like :title)
            and (:status is null or o.status = :status)
            and (:from is null or o.createdAt >= :from) and (:to is null or o.createdAt < :to)""")
    Page<Order> search(String orderNo, Long userId, String title, OrderStatus status, Instant from, Instant to,
                       Pageable page);
}

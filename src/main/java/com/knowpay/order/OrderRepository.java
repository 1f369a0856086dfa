package com.knowpay.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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
}

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

    @Query("select o.orderNo from Order o where o.status = 'PENDING_PAYMENT' and o.expiresAt <= :now order by o.expiresAt")
    List<String> findExpired(Instant now, Pageable page);
}

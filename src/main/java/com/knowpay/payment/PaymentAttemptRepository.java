package com.knowpay.payment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentAttemptRepository extends JpaRepository<PaymentAttempt, Long> {

    Optional<PaymentAttempt> findByPaymentNo(String paymentNo);

    List<PaymentAttempt> findByOrderNoOrderByCreatedAtAsc(String orderNo);

    List<PaymentAttempt> findByOrderNoInOrderByCreatedAtAsc(Collection<String> orderNos);

    @Query("select a from PaymentAttempt a where a.orderNo = :orderNo and a.status in ('CREATED', 'PENDING') order by a.createdAt")
    List<PaymentAttempt> findOpen(String orderNo);

    /** Open attempts created before {@code before}, by id after {@code afterId} (keyset paging): for the active query. */
    @Query("""
            select a.id as id, a.paymentNo as paymentNo from PaymentAttempt a
            where a.status in ('CREATED', 'PENDING') and a.createdAt < :before and a.id > :afterId order by a.id""")
    List<OpenAttempt> findOpenCreatedBefore(Instant before, long afterId, Pageable page);

    interface OpenAttempt {
        Long getId();

        String getPaymentNo();
    }

    long countByOrderNo(String orderNo);
}

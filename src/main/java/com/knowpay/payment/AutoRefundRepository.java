package com.knowpay.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AutoRefundRepository extends JpaRepository<AutoRefund, Long> {

    Optional<AutoRefund> findByOutRefundNo(String outRefundNo);

    List<AutoRefund> findByPaymentNo(String paymentNo);

    @Query("select r.outRefundNo from AutoRefund r where r.status in ('PENDING', 'PROCESSING') and r.updatedAt < :before order by r.updatedAt")
    List<String> findUnfinishedBefore(Instant before, Pageable page);
}

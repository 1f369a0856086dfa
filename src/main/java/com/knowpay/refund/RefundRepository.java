package com.knowpay.refund;

import com.knowpay.payment.ChannelType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RefundRepository extends JpaRepository<RefundRequest, Long> {

    Optional<RefundRequest> findByRefundNo(String refundNo);

    List<RefundRequest> findByOrderNoOrderByCreatedAtAsc(String orderNo);

    Page<RefundRequest> findByStatusInOrderByUpdatedAtDesc(Collection<RefundStatus> statuses, Pageable page);

    /** Accepted refunds waiting for a result, and failures that may work if tried again. */
    @Query("""
            select r.refundNo from RefundRequest r where r.updatedAt < :before
            and (r.status in ('APPROVED', 'PROCESSING') or (r.status = 'FAILED' and r.retryable = true)) order by r.updatedAt""")
    List<String> findUnfinishedBefore(Instant before, Pageable page);

    @Query("select r.refundNo from RefundRequest r where r.status = 'SUCCEEDED' and r.completedAt >= :from and r.completedAt < :to")
    List<String> completedBetween(Instant from, Instant to);

    /** Refunds of the channel that ended at the provider (succeeded, or failed for good) in [from, to). */
    @Query("""
            select r from RefundRequest r where r.channel = :channel and r.completedAt >= :from and r.completedAt < :to
            and r.status in ('SUCCEEDED', 'FAILED') order by r.completedAt""")
    List<RefundRequest> findEndedBetween(ChannelType channel, Instant from, Instant to);
}

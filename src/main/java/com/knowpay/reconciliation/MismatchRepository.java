package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MismatchRepository extends JpaRepository<Mismatch, Long> {

    boolean existsByChannelAndBillDateAndTypeAndReference(ChannelType channel, LocalDate billDate, MismatchType type,
                                                          String reference);

    @Query("""
            select m from Mismatch m where (:type is null or m.type = :type) and (:status is null or m.status = :status)
            and (:channel is null or m.channel = :channel) and (:date is null or m.billDate = :date)""")
    Page<Mismatch> search(MismatchType type, MismatchStatus status, ChannelType channel, LocalDate date, Pageable page);
}

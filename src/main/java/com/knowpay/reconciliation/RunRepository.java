package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RunRepository extends JpaRepository<ReconciliationRun, Long> {

    @Query("""
            select r from ReconciliationRun r where (:channel is null or r.channel = :channel)
            and (:date is null or r.billDate = :date) order by r.id desc""")
    List<ReconciliationRun> search(ChannelType channel, LocalDate date, Pageable page);
}

package com.knowpay.risk;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append and search only. */
interface RiskDecisionRepository extends Repository<RiskDecisionEntry, Long> {

    RiskDecisionEntry save(RiskDecisionEntry entry);

    @Query("""
            select d from RiskDecisionEntry d
            where (:userId is null or d.userId = :userId)
              and (:ip is null or d.ip = :ip)
              and (:verdict is null or d.verdict = :verdict)
              and (:rule is null or d.rule = :rule)
              and (:from is null or d.at >= :from)
              and (:to is null or d.at < :to)
            """)
    Page<RiskDecisionEntry> search(@Param("userId") Long userId, @Param("ip") String ip,
                                   @Param("verdict") Verdict verdict, @Param("rule") String rule,
                                   @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);
}

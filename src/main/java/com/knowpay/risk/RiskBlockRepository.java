package com.knowpay.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface RiskBlockRepository extends Repository<RiskBlock, Long> {

    RiskBlock save(RiskBlock block);

    void delete(RiskBlock block);

    Optional<RiskBlock> findById(long id);

    Optional<RiskBlock> findByTargetAndValue(BlockTarget target, String value);

    List<RiskBlock> findAllByOrderByCreatedAtDescIdDesc();

    /** Active entries for this user or this IP (expired ones no longer count). */
    @Query("""
            select b from RiskBlock b
            where ((b.target = com.knowpay.risk.BlockTarget.USER and b.value = :userId)
                or (b.target = com.knowpay.risk.BlockTarget.IP and b.value = :ip))
              and (b.expiresAt is null or b.expiresAt > :now)
            """)
    List<RiskBlock> findActive(@Param("userId") String userId, @Param("ip") String ip, @Param("now") Instant now);
}

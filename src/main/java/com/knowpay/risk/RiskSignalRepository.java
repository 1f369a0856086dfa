package com.knowpay.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Counting in SQL over the indexes (user|ip|device|course, kind, at); nothing is loaded to count. */
interface RiskSignalRepository extends Repository<RiskSignal, Long> {

    RiskSignal save(RiskSignal signal);

    @Query("""
            select count(s) from RiskSignal s
            where s.userId = :userId and s.kind in :kinds and s.at >= :since and s.at <= :until
            """)
    long countByUser(@Param("userId") long userId, @Param("kinds") Collection<SignalKind> kinds,
                     @Param("since") Instant since, @Param("until") Instant until);

    /** Orders of the user cancelled or expired in the window that never got paid. */
    @Query("""
            select count(distinct s.orderRef) from RiskSignal s
            where s.userId = :userId and s.kind in :kinds and s.at >= :since and s.at <= :until
              and s.orderRef is not null
              and not exists (select p.id from RiskSignal p
                              where p.orderRef = s.orderRef and p.kind = com.knowpay.risk.SignalKind.ORDER_PAID)
            """)
    long countUnpaidOrders(@Param("userId") long userId, @Param("kinds") Collection<SignalKind> kinds,
                           @Param("since") Instant since, @Param("until") Instant until);

    @Query("""
            select count(distinct s.orderRef) from RiskSignal s
            where s.userId = :userId and s.kind = :kind and s.at >= :since and s.at <= :until
            """)
    long countDistinctOrders(@Param("userId") long userId, @Param("kind") SignalKind kind,
                             @Param("since") Instant since, @Param("until") Instant until);

    @Query("""
            select count(distinct s.userId) from RiskSignal s
            where s.ip = :ip and s.kind = :kind and s.courseId = :courseId and s.at >= :since and s.at <= :until
            """)
    long countAccountsByIp(@Param("ip") String ip, @Param("kind") SignalKind kind, @Param("courseId") long courseId,
                           @Param("since") Instant since, @Param("until") Instant until);

    @Query("""
            select count(distinct s.userId) from RiskSignal s
            where s.deviceId = :deviceId and s.kind = :kind and s.courseId = :courseId
              and s.at >= :since and s.at <= :until
            """)
    long countAccountsByDevice(@Param("deviceId") String deviceId, @Param("kind") SignalKind kind,
                               @Param("courseId") long courseId, @Param("since") Instant since,
                               @Param("until") Instant until);

    /** The user's most recent paid amounts (bounded by {@code limit}), for the median. */
    @Query("""
            select s.amountFen from RiskSignal s
            where s.userId = :userId and s.kind = com.knowpay.risk.SignalKind.ORDER_PAID and s.at <= :until
            order by s.at desc
            """)
    List<Long> recentPaidAmounts(@Param("userId") long userId, @Param("until") Instant until, Limit limit);

    @Modifying
    @Query("delete from RiskSignal s where s.at < :before")
    int deleteOlderThan(@Param("before") Instant before);
}

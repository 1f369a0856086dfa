package com.knowpay.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append and read only: no delete or update methods exist on purpose. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:text is null or lower(e.actorName) like concat('%', :text, '%')
                   or lower(e.action) like concat('%', :text, '%') or lower(e.targetId) like concat('%', :text, '%'))
              and (:targetType is null or e.targetType = :targetType)
              and (:from is null or e.at >= :from)
              and (:to is null or e.at < :to)
            """)
    Page<AuditEntry> search(@Param("text") String text, @Param("targetType") String targetType,
                            @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);

    @Query("select distinct e.targetType from AuditEntry e order by e.targetType")
    List<String> targetTypes();

    List<AuditEntry> findByTargetTypeAndTargetIdOrderByIdAsc(String targetType, String targetId);
}

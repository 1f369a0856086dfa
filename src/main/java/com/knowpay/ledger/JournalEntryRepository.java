package com.knowpay.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append and read only: the journal has no update or delete methods on purpose. */
interface JournalEntryRepository extends Repository<JournalEntry, Long> {

    JournalEntry save(JournalEntry entry);

    @Query("select e from JournalEntry e left join fetch e.postings where e.reference = :reference")
    Optional<JournalEntry> findByReference(@Param("reference") String reference);

    @Query("select e from JournalEntry e left join fetch e.postings where e.id = :id")
    Optional<JournalEntry> findWithPostings(@Param("id") long id);

    Optional<JournalEntry> findByReversesEntryId(long id);

    boolean existsByReversesEntryId(long id);

    @Query("select distinct e from JournalEntry e left join fetch e.postings where e.orderNo = :orderNo order by e.id")
    List<JournalEntry> findByOrderNo(@Param("orderNo") String orderNo);
}

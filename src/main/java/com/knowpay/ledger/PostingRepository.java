package com.knowpay.ledger;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read-only queries over postings; postings are written only through their journal entry. */
interface PostingRepository extends Repository<Posting, Long> {

    /** What is owed to the creator and already out of the hold at {@code now}, as a credit (negative) sum. */
    @Query("""
            select coalesce(sum(p.amountFen), 0) from Posting p
            where p.account.type = com.knowpay.ledger.AccountType.CREATOR_PAYABLE and p.account.creatorId = :creatorId
              and p.availableAt <= :now
            """)
    long availableSum(@Param("creatorId") long creatorId, @Param("now") Instant now);

    /** Still-pending groups: [availableAt, signed sum]. */
    @Query("""
            select p.availableAt, sum(p.amountFen) from Posting p
            where p.account.type = com.knowpay.ledger.AccountType.CREATOR_PAYABLE and p.account.creatorId = :creatorId
              and p.availableAt > :now
            group by p.availableAt
            """)
    List<Object[]> pendingGroups(@Param("creatorId") long creatorId, @Param("now") Instant now);

    @Query("""
            select coalesce(sum(p.amountFen), 0) from Posting p
            where p.account.type = com.knowpay.ledger.AccountType.CREATOR_RECEIVABLE and p.account.creatorId = :creatorId
            """)
    long receivableSum(@Param("creatorId") long creatorId);

    /** The newest entry that touched the creator's accounts (to detect a stale read). */
    @Query("select max(p.entry.id) from Posting p where p.account.creatorId = :creatorId")
    Long lastEntryId(@Param("creatorId") long creatorId);

    /** The creator's statement: creator payable and receivable postings with their entries. */
    @Query("""
            select p from Posting p join fetch p.entry e
            where p.account.creatorId = :creatorId and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc, e.id desc, p.id
            """)
    List<Posting> statement(@Param("creatorId") long creatorId, @Param("from") Instant from, @Param("to") Instant to);
}

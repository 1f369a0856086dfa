package com.knowpay.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PayoutRepository extends Repository<Payout, Long> {

    /** The creator of a payout, without loading (and caching) the payout before the creator's lock is held. */
    @Query("select p.creatorId from Payout p where p.id = :id")
    Optional<Long> creatorOf(@Param("id") long id);

    Payout saveAndFlush(Payout payout);

    Optional<Payout> findById(Long id);

    Optional<Payout> findByOpenKey(Long creatorId);

    Optional<Payout> findByPayoutNo(String payoutNo);

    Optional<Payout> findByEntryId(Long entryId);

    Optional<Payout> findByBankReference(String bankReference);

    List<Payout> findByCreatorIdOrderByIdDesc(long creatorId);

    List<Payout> findByStatusOrderByIdDesc(PayoutStatus status);

    List<Payout> findTop500ByOrderByIdDesc();
}

package com.knowpay.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PayoutRepository extends Repository<Payout, Long> {

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

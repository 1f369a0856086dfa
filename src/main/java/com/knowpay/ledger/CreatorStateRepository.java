package com.knowpay.ledger;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CreatorStateRepository extends Repository<CreatorState, Long> {

    Optional<CreatorState> findById(Long creatorId);

    /** SELECT … FOR UPDATE: all postings of one creator queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CreatorState s where s.creatorId = :creatorId")
    Optional<CreatorState> lock(@Param("creatorId") long creatorId);
}

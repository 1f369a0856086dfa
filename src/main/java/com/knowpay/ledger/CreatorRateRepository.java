package com.knowpay.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CreatorRateRepository extends Repository<CreatorRate, Long> {

    CreatorRate save(CreatorRate rate);

    Optional<CreatorRate> findById(Long creatorId);

    List<CreatorRate> findAllByOrderByCreatorIdAsc();

    void delete(CreatorRate rate);
}

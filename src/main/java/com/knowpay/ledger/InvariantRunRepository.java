package com.knowpay.ledger;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface InvariantRunRepository extends Repository<InvariantRun, Long> {

    InvariantRun save(InvariantRun run);

    Optional<InvariantRun> findTopByOrderByIdDesc();
}

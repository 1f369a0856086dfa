package com.knowpay.ledger;

import java.util.List;
import org.springframework.data.repository.Repository;

interface LedgerViolationRepository extends Repository<LedgerViolation, Long> {

    LedgerViolation save(LedgerViolation violation);

    List<LedgerViolation> findByClearedAtIsNull();

    java.util.Optional<LedgerViolation> findByCheckAndSubject(String check, String subject);

    List<LedgerViolation> findByLastRunIdOrderByIdAsc(long runId);
}

package com.knowpay.ledger;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface LedgerAccountRepository extends Repository<LedgerAccount, Long> {

    Optional<LedgerAccount> findByCode(String code);
}

package com.knowpay.payment.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SandboxTradeRepository extends JpaRepository<SandboxTrade, Long> {

    Optional<SandboxTrade> findByOutTradeNo(String outTradeNo);

    List<SandboxTrade> findByPaidAtGreaterThanEqualAndPaidAtLessThan(Instant from, Instant to);
}

package com.knowpay.payment.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SandboxRefundRepository extends JpaRepository<SandboxRefund, Long> {

    Optional<SandboxRefund> findByOutRefundNo(String outRefundNo);

    List<SandboxRefund> findByCreatedAtGreaterThanEqualAndCreatedAtLessThan(Instant from, Instant to);
}

package com.knowpay.entitlement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntitlementRepository extends JpaRepository<Entitlement, Long> {

    Optional<Entitlement> findByUserIdAndCourseId(long userId, long courseId);

    @Query("select e from Entitlement e where e.userId = :userId and e.revokedAt is null order by e.grantedAt desc")
    List<Entitlement> findActive(long userId);
}

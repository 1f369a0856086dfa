package com.knowpay.risk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface RiskReviewRepository extends Repository<RiskReview, Long> {

    RiskReview save(RiskReview review);

    Optional<RiskReview> findById(long id);

    List<RiskReview> findByStatusOrderByCreatedAtAscIdAsc(ReviewItem.Status status);

    Optional<RiskReview> findFirstBySubjectRefOrderByIdDesc(String subjectRef);

    Optional<RiskReview> findFirstBySubjectRefAndSubjectTypeInOrderByIdDesc(String subjectRef,
                                                                             Collection<SubjectType> types);
}

package com.knowpay.catalog;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CourseRepository extends JpaRepository<Course, Long> {

    @Query("""
            select c from Course c
            where c.status = com.knowpay.catalog.CourseStatus.PUBLISHED
              and (:kind is null or c.kind = :kind)
              and (:tag is null or c.tags like concat('%,', :tag, ',%'))
              and (:text is null or lower(c.title) like concat('%', :text, '%')
                   or lower(c.subtitle) like concat('%', :text, '%')
                   or lower(c.creatorName) like concat('%', :text, '%')
                   or c.tags like concat('%', :text, '%'))
            """)
    Page<Course> searchPublished(@Param("text") String text, @Param("kind") CourseKind kind,
                                 @Param("tag") String tag, Pageable pageable);

    List<Course> findByCreatorIdOrderByCreatedAtDesc(long creatorId);

    @Query("select c.tags from Course c where c.status = com.knowpay.catalog.CourseStatus.PUBLISHED")
    List<String> publishedTagStrings();
}

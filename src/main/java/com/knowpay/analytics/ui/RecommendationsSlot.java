package com.knowpay.analytics.ui;

import com.knowpay.analytics.AnalyticsService;
import com.knowpay.analytics.Recommendation;
import com.knowpay.shared.ui.CourseRecommendationsSlot;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Plugs recommendations into the course page and the checkout success screen (see
 * {@link CourseRecommendationsSlot}). A failure here must never break those pages: it shows nothing.
 */
@org.springframework.stereotype.Component
class RecommendationsSlot implements CourseRecommendationsSlot {

    static final int LIMIT = 4;
    private static final Logger log = LoggerFactory.getLogger(RecommendationsSlot.class);

    private final AnalyticsService analytics;

    RecommendationsSlot(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @Override
    public Optional<Component> forCourse(long courseId) {
        try {
            List<Recommendation> recs = analytics.alsoBought(courseId, LIMIT);
            return recs.isEmpty() ? Optional.empty() : Optional.of(new RecommendationsPanel(recs));
        } catch (DataAccessException e) {
            log.warn("Recommendations for course {} unavailable: {}", courseId, e.getMessage());
            return Optional.empty();
        }
    }
}

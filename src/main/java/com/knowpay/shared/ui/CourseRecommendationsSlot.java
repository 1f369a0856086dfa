package com.knowpay.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Extension point for "learners who bought this also bought" next to a course (course page, checkout
 * success). A feature module provides it as a bean; views that show a course render it when a bean
 * exists (ObjectProvider), so they never depend on that module. Empty = nothing to show.
 */
public interface CourseRecommendationsSlot {

    Optional<Component> forCourse(long courseId);
}

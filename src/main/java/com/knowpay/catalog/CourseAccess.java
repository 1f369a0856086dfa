package com.knowpay.catalog;

/**
 * Whether a learner may open a course. Declared here, implemented by the entitlement module: the
 * catalogue (course content) and the order module ("already owned") ask it, and the entitlement
 * module listens to the order and refund modules, so it must not be imported by them.
 */
public interface CourseAccess {

    boolean hasAccess(long userId, long courseId);
}

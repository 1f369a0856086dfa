package com.knowpay.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every scheduled job of the app runs once per cluster (ShedLock), except the few that are
 * harmless on every node and say so. A new job without a lock fails here, not in production.
 */
class ScheduledJobsLockTests {

    /** Idempotent deletes of expired rows: running them on every node costs one cheap DELETE each. */
    static final Set<String> EVERY_NODE = Set.of(
            "com.knowpay.risk.RiskJanitor#cleanUp",
            "com.knowpay.order.web.IdempotencyService#purgeExpired");

    @Test
    void everyScheduledJobIsLockedOncePerClusterUnlessDeclaredIdempotent() throws ClassNotFoundException {
        List<String> scheduled = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (Class<?> type : componentsOf("com.knowpay")) {
            for (Method m : type.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(Scheduled.class)) {
                    continue;
                }
                String name = type.getName() + "#" + m.getName();
                scheduled.add(name);
                if (!m.isAnnotationPresent(SchedulerLock.class) && !EVERY_NODE.contains(name)) {
                    unlocked.add(name);
                }
            }
        }
        assertThat(scheduled).contains("com.knowpay.order.OrderTimeouts#sweep",
                "com.knowpay.payment.ActiveQueryJob#run",
                "com.knowpay.payment.RefundExecution#retryUnfinished",
                "com.knowpay.ledger.InvariantJob#checkPeriodically");
        assertThat(unlocked).as("scheduled jobs without @SchedulerLock").isEmpty();
    }

    @Test
    void lockNamesAreDistinct() throws ClassNotFoundException {
        List<String> names = new ArrayList<>();
        for (Class<?> type : componentsOf("com.knowpay")) {
            for (Method m : type.getDeclaredMethods()) {
                SchedulerLock lock = m.getAnnotation(SchedulerLock.class);
                if (lock != null) {
                    names.add(lock.name());
                }
            }
        }
        assertThat(names).isNotEmpty().doesNotHaveDuplicates();
    }

    private static List<Class<?>> componentsOf(String basePackage) throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            types.add(Class.forName(candidate.getBeanClassName()));
        }
        return types;
    }
}

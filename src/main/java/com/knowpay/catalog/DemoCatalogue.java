package com.knowpay.catalog;

import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo catalogue for the embedded default: 14 items across kinds, two creators. */
@Component
@ConditionalOnProperty(name = "knowpay.demo.enabled", havingValue = "true")
class DemoCatalogue {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final CatalogService catalog;
    private final AccountService accounts;

    DemoCatalogue(CatalogService catalog, AccountService accounts) {
        this.catalog = catalog;
        this.accounts = accounts;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    void seed() {
        if (catalog.count() > 0) {
            return;
        }
        UserView a = accounts.findByUsername("creator").orElseThrow();
        UserView b = accounts.findByUsername("creator2").orElseThrow();
        List<Object[]> items = List.of(
                new Object[]{a, CourseKind.COURSE, "Python 数据分析实战", "From pandas to dashboards in 30 lessons", "python,data", "199.00"},
                new Object[]{a, CourseKind.COURSE, "Spring Boot from Zero", "Build and ship a real service", "java,backend", "149.00"},
                new Object[]{a, CourseKind.LECTURE_SERIES, "产品经理的 20 堂课", "Twenty talks on product thinking", "product,career", "99.00"},
                new Object[]{a, CourseKind.EBOOK, "SQL 性能优化手册", "Indexes, plans and the queries that hurt", "database,backend", "39.90"},
                new Object[]{a, CourseKind.COURSE, "Machine Learning Basics", "Linear models to gradient boosting", "ai,python", "299.00"},
                new Object[]{a, CourseKind.EBOOK, "The Pragmatic Payment Engineer", "Idempotency, ledgers, reconciliation", "payments,backend", "59.00"},
                new Object[]{a, CourseKind.LECTURE_SERIES, "Distributed Systems Lectures", "Consensus, clocks and failure", "backend,architecture", "129.00"},
                new Object[]{b, CourseKind.COURSE, "零基础学摄影", "Light, composition and editing", "photography,art", "88.00"},
                new Object[]{b, CourseKind.LECTURE_SERIES, "经济学通识 30 讲", "Thirty lectures on everyday economics", "economics,finance", "69.00"},
                new Object[]{b, CourseKind.EBOOK, "个人理财入门", "Budgets, funds and pensions, plainly", "finance", "19.90"},
                new Object[]{b, CourseKind.COURSE, "English Speaking Bootcamp", "Speak with confidence in 8 weeks", "language,career", "199.00"},
                new Object[]{b, CourseKind.EBOOK, "Writing Well in Chinese", "写作的基本功", "writing,language", "29.00"},
                new Object[]{b, CourseKind.LECTURE_SERIES, "Art History in 12 Paintings", "十二幅画读懂艺术史", "art,history", "49.00"},
                new Object[]{b, CourseKind.COURSE, "UI Design Fundamentals", "Grids, type and colour", "design,art", "0.01"});
        for (Object[] i : items) {
            UserView creator = (UserView) i[0];
            String title = (String) i[2];
            catalog.seed(creator.id(), creator.displayName(), new CourseDraft((CourseKind) i[1], title, (String) i[3],
                    "A demo product of the KnowPay embedded default. " + i[3] + ".", null,
                    List.of(((String) i[4]).split(",")), (String) i[5],
                    "Welcome to " + title + ".\n\nLesson 1 — Getting started.\nLesson 2 — Going further."));
        }
        log.info("Demo catalogue: {} items", items.size());
    }
}

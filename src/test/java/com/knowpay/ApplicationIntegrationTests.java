package com.knowpay;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The app starts on the test database with migrations applied and the demo data in place. */
@IntegrationTest
class ApplicationIntegrationTests {

    @Autowired
    AccountService accounts;

    @Autowired
    CatalogService catalog;

    @Test
    void startsWithDemoUsersAndCatalogue() {
        assertThat(accounts.findByUsername("learner")).isPresent();
        assertThat(accounts.findByUsername("admin")).isPresent();
        assertThat(catalog.search(CourseSearch.all(), 0, 50).getTotalElements()).isGreaterThanOrEqualTo(12);
    }
}

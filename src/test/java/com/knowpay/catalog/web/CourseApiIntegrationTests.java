package com.knowpay.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseDraft;
import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseView;
import com.knowpay.support.ApiCalls;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.RunAs;
import com.knowpay.support.SignIn;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/** GET /api/courses and /api/courses/{id} as an anonymous client sees them. */
@IntegrationTest
class CourseApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalog;

    @Autowired
    UserDetailsService users;

    ApiCalls api;
    String tag;
    List<CourseView> mine = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new ApiCalls(port);
        tag = "t" + RunAs.unique();
        mine.add(publish(CourseKind.COURSE, "Api Alpha " + tag, "30.00"));
        mine.add(publish(CourseKind.EBOOK, "Api Beta " + tag, "10.50"));
        mine.add(publish(CourseKind.LECTURE_SERIES, "Api Gamma " + tag, "20.00"));
    }

    private CourseView publish(CourseKind kind, String title, String price) {
        return SignIn.as(users, "creator", () -> {
            CourseView c = catalog.create(new CourseDraft(kind, title, "Sub " + title, "About " + title, null,
                    List.of(tag, "apitest"), price, "Secret content"));
            return catalog.publish(c.id());
        });
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(i -> titles.add(i.get("title").asString()));
        return titles;
    }

    @Test
    void filtersByTagKindAndText() {
        JsonNode byTag = api.get("/api/courses?tag=" + tag).json();
        assertThat(byTag.get("total").asLong()).isEqualTo(3);
        assertThat(titles(byTag)).allMatch(t -> t.endsWith(tag));

        JsonNode ebooks = api.get("/api/courses?tag=" + tag + "&kind=ebook").json();
        assertThat(titles(ebooks)).containsExactly("Api Beta " + tag);

        JsonNode text = api.get("/api/courses?query=gamma " + tag).json();
        assertThat(titles(text)).containsExactly("Api Gamma " + tag);
    }

    @Test
    void sortsByPriceAndPages() {
        JsonNode asc = api.get("/api/courses?tag=" + tag + "&sort=price_asc").json();
        assertThat(titles(asc)).containsExactly("Api Beta " + tag, "Api Gamma " + tag, "Api Alpha " + tag);
        JsonNode desc = api.get("/api/courses?tag=" + tag + "&sort=PRICE_DESC").json();
        assertThat(titles(desc)).containsExactly("Api Alpha " + tag, "Api Gamma " + tag, "Api Beta " + tag);

        JsonNode first = api.get("/api/courses?tag=" + tag + "&sort=price_asc&size=2&page=0").json();
        JsonNode second = api.get("/api/courses?tag=" + tag + "&sort=price_asc&size=2&page=1").json();
        assertThat(titles(first)).hasSize(2);
        assertThat(titles(second)).containsExactly("Api Alpha " + tag);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("total").asLong()).isEqualTo(3);

        assertThat(api.get("/api/courses?size=1000").json().get("size").asInt()).as("page size capped").isEqualTo(100);
    }

    @Test
    void oneCourseHasTheDocumentedShape() {
        CourseView beta = mine.get(1);
        var res = api.get("/api/courses/" + beta.id());
        assertThat(res.status()).isEqualTo(200);
        JsonNode c = res.json();
        assertThat(c.get("id").asLong()).isEqualTo(beta.id());
        assertThat(c.get("kind").asString()).isEqualTo("EBOOK");
        assertThat(c.get("title").asString()).isEqualTo("Api Beta " + tag);
        assertThat(c.get("price").get("value").asString()).isEqualTo("10.50");
        assertThat(c.get("price").get("currency").asString()).isEqualTo("CNY");
        assertThat(c.get("creator").get("name").asString()).isEqualTo(beta.creatorName());
        assertThat(c.get("creator").get("id").asLong()).isEqualTo(beta.creatorId());
        assertThat(c.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(c.get("tags")).hasSize(2);
        assertThat(OffsetDateTime.parse(c.get("publishedAt").asString()).toInstant())
                .isCloseTo(beta.publishedAt(), within(1, ChronoUnit.MILLIS));
        assertThat(res.text()).doesNotContain("Secret content");
    }

    @Test
    void unknownIdsDraftsAndBadFiltersAreProblems() {
        var unknown = api.get("/api/courses/987654321");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemCode()).isEqualTo("course-not-found");
        assertThat(unknown.headers().getContentType().toString()).startsWith("application/problem+json");

        long draft = SignIn.as(users, "creator", () -> catalog.create(new CourseDraft(CourseKind.COURSE,
                "Api Draft " + tag, null, null, null, List.of(tag), "5.00", null)).id());
        assertThat(api.get("/api/courses/" + draft).status()).as("drafts are not public").isEqualTo(404);
        assertThat(api.get("/api/courses?tag=" + tag).json().get("total").asLong()).isEqualTo(3);

        var badKind = api.get("/api/courses?kind=podcast");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.problemCode()).isEqualTo("invalid-kind");
        assertThat(api.get("/api/courses?sort=random").problemCode()).isEqualTo("invalid-sort");
        assertThat(api.get("/api/courses?page=-1").status()).isEqualTo(400);
    }
}

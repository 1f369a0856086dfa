package com.knowpay.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The course aggregate on its own: its rules and its status moves. */
class CourseTests {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private static CourseDraft draft(String title, String price, List<String> tags) {
        return new CourseDraft(CourseKind.COURSE, title, null, null, null, tags, price, null);
    }

    private static Course course() {
        return new Course(7, "Creator", draft("Title", "99.00", List.of(" Python ", "python", "Data")), T0);
    }

    @Test
    void startsAsADraftWithNormalisedTags() {
        Course c = course();
        assertThat(c.getStatus()).isEqualTo(CourseStatus.DRAFT);
        assertThat(c.tagList()).containsExactly("python", "data");
        assertThat(c.getPrice().fen()).isEqualTo(9900);
    }

    @Test
    void publishUnlistAndPublishAgain() {
        Course c = course();
        c.publish(T0.plusSeconds(60));
        assertThat(c.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
        assertThatThrownBy(() -> c.publish(T0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("course-already-published"));
        c.unlist(T0.plusSeconds(120));
        assertThat(c.getStatus()).isEqualTo(CourseStatus.UNLISTED);
        c.publish(T0.plusSeconds(180));
        assertThat(c.getPublishedAt()).as("first publication date is kept").isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void onlyAPublishedCourseCanBeUnlisted() {
        assertThatThrownBy(() -> course().unlist(T0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("course-not-published"));
    }

    @Test
    void refusesBadFieldsAllAtOnceAndChangesNothing() {
        Course c = course();
        assertThatThrownBy(() -> c.edit(draft(" ", "-1", List.of("a,b")), T0))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("title", "price", "tags"));
        assertThat(c.getTitle()).isEqualTo("Title");
    }

    @Test
    void pricesOutsideTheRangeOrWithFractionsOfAFenAreRefused() {
        for (String price : List.of("0", "-1", "50000.01", "999999", "1.001", "abc", "")) {
            assertThatThrownBy(() -> course().edit(draft("Title", price, List.of()), T0))
                    .as(price).isInstanceOf(FieldValidationException.class);
        }
        Course c = course();
        c.edit(draft("Title", "50000.00", List.of()), T0);
        assertThat(c.getPrice().fen()).isEqualTo(5_000_000);
    }
}

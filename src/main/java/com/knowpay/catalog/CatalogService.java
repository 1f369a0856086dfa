package com.knowpay.catalog;

import com.knowpay.shared.DomainException;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import com.knowpay.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Storefront queries and creators' catalogue editing. Every method checks who may do it. */
@Service
@Transactional
public class CatalogService {

    private final CourseRepository courses;
    private final CourseAccess entitlements;
    private final Clock clock;

    CatalogService(CourseRepository courses, CourseAccess entitlements, Clock clock) {
        this.courses = courses;
        this.entitlements = entitlements;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<CourseView> search(CourseSearch search, int page, int size) {
        Sort sort = switch (search.sort() == null ? CourseSearch.Sort.NEWEST : search.sort()) {
            case NEWEST -> Sort.by(Sort.Direction.DESC, "publishedAt", "id");
            case PRICE_ASC -> Sort.by(Sort.Direction.ASC, "priceFen", "id");
            case PRICE_DESC -> Sort.by(Sort.Direction.DESC, "priceFen", "id");
        };
        String text = blankToNull(search.text());
        String tag = blankToNull(search.tag());
        return courses.searchPublished(text == null ? null : text.toLowerCase(Locale.ROOT), search.kind(),
                        tag == null ? null : tag.toLowerCase(Locale.ROOT),
                        PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100), sort))
                .map(Course::toView);
    }

    /** A course page anyone may see: published or unlisted; drafts only for their creator and admins. */
    @Transactional(readOnly = true)
    public Optional<CourseView> findVisible(long id) {
        return courses.findById(id).filter(this::visibleToCurrentUser).map(Course::toView);
    }

    /** A course page with what the current visitor may do there; empty for unknown ids and others' drafts. */
    @Transactional(readOnly = true)
    public Optional<CourseDetail> detail(long id) {
        return courses.findById(id).filter(this::visibleToCurrentUser)
                .map(c -> new CourseDetail(c.toView(), CurrentUser.get().map(u -> mayRead(u, c)).orElse(false)));
    }

    /** For the order module: the course as it is on sale now, or a clear refusal. */
    @Transactional(readOnly = true)
    public CourseView requirePurchasable(long id) {
        Course c = courses.findById(id).filter(this::visibleToCurrentUser)
                .orElseThrow(() -> DomainException.notFound("course-not-found", "This course does not exist."));
        if (c.getStatus() != CourseStatus.PUBLISHED) {
            throw DomainException.conflict("course-not-for-sale", "This course is not on sale.");
        }
        return c.toView();
    }

    @Transactional(readOnly = true)
    public List<String> tags() {
        TreeSet<String> all = new TreeSet<>();
        courses.publishedTagStrings().forEach(s -> all.addAll(List.of(s.split(","))));
        all.remove("");
        return List.copyOf(all);
    }

    /** The course with its learning material: only for owners, the course's creator and admins. */
    @Transactional(readOnly = true)
    public CourseContent open(long id) {
        KnowPayPrincipal user = CurrentUser.require();
        Course c = courses.findById(id).filter(this::visibleToCurrentUser)
                .orElseThrow(() -> DomainException.notFound("course-not-found", "This course does not exist."));
        if (!mayRead(user, c)) {
            throw DomainException.forbidden("not-owned", "Buy this course to open its content.");
        }
        return new CourseContent(c.toView(), c.getContent() == null ? "" : c.getContent());
    }

    @RolesAllowed("CREATOR")
    @Transactional(readOnly = true)
    public List<CourseView> myCourses() {
        return courses.findByCreatorIdOrderByCreatedAtDesc(CurrentUser.require().userId()).stream()
                .map(Course::toView).toList();
    }

    @RolesAllowed("CREATOR")
    @Transactional(readOnly = true)
    public CourseDraft draftOf(long id) {
        Course c = ownCourse(id);
        CourseView v = c.toView();
        return new CourseDraft(v.kind(), v.title(), v.subtitle(), v.description(), v.coverUrl(), v.tags(),
                v.price().toYuanString(), c.getContent());
    }

    @RolesAllowed("CREATOR")
    public CourseView create(CourseDraft draft) {
        KnowPayPrincipal user = CurrentUser.require();
        return courses.save(new Course(user.userId(), user.displayName(), draft, clock.instant())).toView();
    }

    @RolesAllowed("CREATOR")
    public CourseView update(long id, CourseDraft draft) {
        Course c = ownCourse(id);
        c.edit(draft, clock.instant());
        return courses.saveAndFlush(c).toView();
    }

    @RolesAllowed("CREATOR")
    public CourseView publish(long id) {
        Course c = ownCourse(id);
        c.publish(clock.instant());
        return courses.saveAndFlush(c).toView();
    }

    @RolesAllowed("CREATOR")
    public CourseView unlist(long id) {
        Course c = ownCourse(id);
        c.unlist(clock.instant());
        return courses.saveAndFlush(c).toView();
    }

    /** Start-up data only: creates and publishes a course for the given creator. */
    CourseView seed(long creatorId, String creatorName, CourseDraft draft) {
        Course c = new Course(creatorId, creatorName, draft, clock.instant());
        c.publish(clock.instant());
        return courses.save(c).toView();
    }

    @Transactional(readOnly = true)
    public long count() {
        return courses.count();
    }

    private Course ownCourse(long id) {
        KnowPayPrincipal user = CurrentUser.require();
        Course c = courses.findById(id)
                .orElseThrow(() -> DomainException.notFound("course-not-found", "This course does not exist."));
        if (c.getCreatorId() != user.userId()) {
            throw DomainException.forbidden("not-your-course", "This is not your course.");
        }
        return c;
    }

    private boolean mayRead(KnowPayPrincipal user, Course c) {
        return user.hasRole(Role.ADMIN) || c.getCreatorId() == user.userId() || entitlements.hasAccess(user.userId(), c.getId());
    }

    private boolean visibleToCurrentUser(Course c) {
        if (c.getStatus() != CourseStatus.DRAFT) {
            return true;
        }
        return CurrentUser.get().map(u -> u.hasRole(Role.ADMIN) || u.userId() == c.getCreatorId()).orElse(false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package com.knowpay.analytics.internal;

import com.knowpay.analytics.Recommendation;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.catalog.CourseView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Learners who bought this also bought": the co-purchase counts first; when they give fewer than
 * asked (a new course, few buyers) the best-sellers of the course's first tag, then of its kind, then
 * the newest courses of that tag fill up (cold start). Never the course itself, never what the learner
 * owns, only courses on sale.
 */
@Component
public class Recommender {

    /** Read more candidates than asked, as owned and unlisted ones are dropped afterwards. */
    private static final int OVERFETCH = 20;

    private final SalesReadModel model;
    private final CatalogService catalog;

    Recommender(SalesReadModel model, CatalogService catalog) {
        this.model = model;
        this.catalog = catalog;
    }

    public List<Recommendation> alsoBought(long courseId, int limit, Set<Long> owned) {
        int n = Math.max(1, Math.min(limit, 20));
        Map<Long, Recommendation> picked = new LinkedHashMap<>();
        int fetch = n + owned.size() + OVERFETCH;
        take(model.alsoBought(courseId, fetch), Recommendation.Reason.ALSO_BOUGHT, courseId, owned, picked, n);
        if (picked.size() < n) {
            Optional<CourseView> course = catalog.findVisible(courseId);
            if (course.isPresent()) {
                String kind = course.get().kind().name();
                String tag = course.get().tags().isEmpty() ? null : course.get().tags().get(0).toLowerCase(Locale.ROOT);
                if (tag != null) {
                    take(model.popular(kind, tag, fetch), Recommendation.Reason.POPULAR, courseId, owned, picked, n);
                }
                take(model.popular(kind, null, fetch), Recommendation.Reason.POPULAR, courseId, owned, picked, n);
                if (picked.size() < n && tag != null) {
                    List<long[]> newest = new ArrayList<>();
                    catalog.search(new CourseSearch(null, null, tag, CourseSearch.Sort.NEWEST), 0, fetch)
                            .forEach(c -> newest.add(new long[] {c.id(), 0}));
                    take(newest, Recommendation.Reason.POPULAR, courseId, owned, picked, n);
                }
            }
        }
        return List.copyOf(picked.values());
    }

    private void take(List<long[]> candidates, Recommendation.Reason reason, long courseId, Set<Long> owned,
                      Map<Long, Recommendation> picked, int n) {
        for (long[] c : candidates) {
            if (picked.size() >= n) {
                return;
            }
            long id = c[0];
            if (id == courseId || owned.contains(id) || picked.containsKey(id)) {
                continue;
            }
            catalog.findVisible(id).filter(CourseView::isPurchasable).ifPresent(v -> picked.put(id,
                    new Recommendation(v.id(), v.title(), v.creatorName(), v.kind(), v.price(), v.coverUrl(), reason, c[1])));
        }
    }
}

package com.knowpay.catalog.web;

import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.catalog.CourseView;
import com.knowpay.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The storefront for REST clients; no sign-in needed. */
@RestController
@RequestMapping("/api/courses")
@Tag(name = "courses", description = "Browse the catalogue")
class CourseController {

    static final int MAX_PAGE_SIZE = 100;
    /** Paging reaches the first 10 000 results (page × size); beyond that a narrower search helps more than paging. */
    static final long MAX_OFFSET = 10_000;

    private final CatalogService catalog;

    CourseController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Search published courses; sort = newest | price_asc | price_desc; size at most 100; page × size below 10000")
    CoursePageJson search(@RequestParam(required = false) String query,
                          @RequestParam(required = false) String kind,
                          @RequestParam(required = false) String tag,
                          @RequestParam(required = false) String sort,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1) {
            throw DomainException.invalid("invalid-paging", "page must be 0 or more and size 1 or more.");
        }
        int pageSize = Math.min(size, MAX_PAGE_SIZE);
        if ((long) page * pageSize >= MAX_OFFSET) {
            throw DomainException.invalid("invalid-paging", "page × size must stay below " + MAX_OFFSET
                    + " (size is at most " + MAX_PAGE_SIZE + "); narrow the search with query, kind or tag instead.");
        }
        Page<CourseView> result = catalog.search(new CourseSearch(query, kind(kind), tag, sort(sort)), page, pageSize);
        return new CoursePageJson(result.stream().map(CourseJson::of).toList(), page, pageSize, result.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One course: published, unlisted, or your own draft")
    CourseJson course(@PathVariable long id) {
        return catalog.findVisible(id).map(CourseJson::of)
                .orElseThrow(() -> DomainException.notFound("course-not-found", "There is no course " + id + "."));
    }

    private static CourseKind kind(String kind) {
        return parse(CourseKind.class, kind, "invalid-kind", "kind");
    }

    private static CourseSearch.Sort sort(String sort) {
        CourseSearch.Sort s = parse(CourseSearch.Sort.class, sort == null ? null : sort.replace('-', '_'), "invalid-sort", "sort");
        return s == null ? CourseSearch.Sort.NEWEST : s;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String code, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(code, name + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + " (any case).");
        }
    }
}

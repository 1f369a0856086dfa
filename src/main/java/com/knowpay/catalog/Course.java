package com.knowpay.catalog;

import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.Money;
import com.knowpay.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sellable item. Guards its own fields and status moves. */
@Entity
@Table(name = "course")
class Course {

    static final int TITLE_MAX = 120;
    static final int SUBTITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int CONTENT_MAX = 20000;
    static final int TAGS_MAX = 8;
    /** ¥0.01 … ¥50,000.00: a knowledge product priced outside this is a typo. */
    static final long MIN_PRICE_FEN = 1;
    static final long MAX_PRICE_FEN = 50_000_00;
    private static final String PRICE_RANGE = "Price: between ¥0.01 and ¥50,000.00.";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "creator_id", nullable = false)
    private long creatorId;

    @Column(name = "creator_name", nullable = false, length = 60)
    private String creatorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseKind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = SUBTITLE_MAX)
    private String subtitle;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "cover_url", length = 300)
    private String coverUrl;

    /** Normalised, comma-separated, each wrapped in commas (",ai,python,") so LIKE '%,tag,%' is exact. */
    @Column(nullable = false, length = 300)
    private String tags;

    @Column(name = "price_fen", nullable = false)
    private long priceFen;

    @Column(length = CONTENT_MAX)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Course() {
    }

    Course(long creatorId, String creatorName, CourseDraft draft, Instant now) {
        this.creatorId = creatorId;
        this.creatorName = creatorName;
        this.status = CourseStatus.DRAFT;
        this.createdAt = now;
        apply(draft, now);
    }

    void edit(CourseDraft draft, Instant now) {
        apply(draft, now);
    }

    void publish(Instant now) {
        if (status == CourseStatus.PUBLISHED) {
            throw DomainException.conflict("course-already-published", "This course is already published.");
        }
        status = CourseStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    void unlist(Instant now) {
        if (status != CourseStatus.PUBLISHED) {
            throw DomainException.conflict("course-not-published", "Only a published course can be unlisted.");
        }
        status = CourseStatus.UNLISTED;
        updatedAt = now;
    }

    private void apply(CourseDraft d, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = trim(d.title());
        if (t == null) {
            errors.put("title", "Title is required.");
        } else if (t.length() > TITLE_MAX) {
            errors.put("title", "Title: at most " + TITLE_MAX + " characters.");
        }
        String sub = trim(d.subtitle());
        if (sub != null && sub.length() > SUBTITLE_MAX) {
            errors.put("subtitle", "Subtitle: at most " + SUBTITLE_MAX + " characters.");
        }
        String desc = trim(d.description());
        if (desc != null && desc.length() > DESCRIPTION_MAX) {
            errors.put("description", "Description: at most " + DESCRIPTION_MAX + " characters.");
        }
        String cover = trim(d.coverUrl());
        if (cover != null && (cover.length() > 300 || !(cover.startsWith("https://") || cover.startsWith("/images/")))) {
            errors.put("coverUrl", "Cover: an https:// address or an /images/ path.");
        }
        String body = d.content();
        if (body != null && body.length() > CONTENT_MAX) {
            errors.put("content", "Content: at most " + CONTENT_MAX + " characters.");
        }
        if (d.kind() == null) {
            errors.put("kind", "Choose what kind of product this is.");
        }
        List<String> normTags = d.tags() == null ? List.of() : d.tags().stream()
                .map(Course::trim).filter(x -> x != null).map(String::toLowerCase).distinct().toList();
        if (normTags.size() > TAGS_MAX) {
            errors.put("tags", "At most " + TAGS_MAX + " tags.");
        } else if (normTags.stream().anyMatch(x -> x.length() > 24 || x.contains(","))) {
            errors.put("tags", "Tags: up to 24 characters each, no commas.");
        }
        Money price = null;
        try {
            price = Money.ofYuan(d.priceYuan());
            if (price.fen() < MIN_PRICE_FEN || price.fen() > MAX_PRICE_FEN) {
                errors.put("price", PRICE_RANGE);
            }
        } catch (IllegalArgumentException e) {
            errors.put("price", isNegative(d.priceYuan()) ? PRICE_RANGE
                    : "Price: a yuan amount with at most 2 decimals, e.g. 99.00.");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        this.kind = d.kind();
        this.title = t;
        this.subtitle = sub;
        this.description = desc;
        this.coverUrl = cover;
        this.content = body;
        this.tags = normTags.isEmpty() ? "," : "," + String.join(",", normTags) + ",";
        this.priceFen = price.fen();
        this.updatedAt = now;
    }

    /** "-1" is a number, just out of range: say so rather than "not an amount". */
    private static boolean isNegative(String yuan) {
        return yuan != null && yuan.strip().matches("-\\d+(\\.\\d+)?");
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    CourseView toView() {
        return new CourseView(id, kind, title, subtitle, description, coverUrl, tagList(), Money.fen(priceFen),
                creatorId, creatorName, status, createdAt, publishedAt);
    }

    List<String> tagList() {
        return Arrays.stream(tags.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    Long getId() {
        return id;
    }

    long getCreatorId() {
        return creatorId;
    }

    CourseStatus getStatus() {
        return status;
    }

    String getContent() {
        return content;
    }

    String getTitle() {
        return title;
    }

    Money getPrice() {
        return Money.fen(priceFen);
    }

    Instant getPublishedAt() {
        return publishedAt;
    }
}

package com.knowpay.catalog.web;

import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseStatus;
import com.knowpay.catalog.CourseView;
import com.knowpay.shared.web.AmountJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A course in the REST API (no learning material). */
record CourseJson(long id, CourseKind kind, String title, String subtitle, String description, String coverUrl,
                  List<String> tags, AmountJson price, Creator creator, CourseStatus status,
                  OffsetDateTime publishedAt) {

    record Creator(long id, String name) {
    }

    static CourseJson of(CourseView c) {
        return new CourseJson(c.id(), c.kind(), c.title(), c.subtitle(), c.description(), c.coverUrl(), c.tags(),
                AmountJson.of(c.price()), new Creator(c.creatorId(), c.creatorName()), c.status(),
                c.publishedAt() == null ? null : c.publishedAt().atOffset(ZoneOffset.UTC));
    }
}

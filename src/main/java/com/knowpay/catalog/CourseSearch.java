package com.knowpay.catalog;

/** Storefront query. Null fields mean "any". */
public record CourseSearch(String text, CourseKind kind, String tag, Sort sort) {

    public enum Sort { NEWEST, PRICE_ASC, PRICE_DESC }

    public static CourseSearch all() {
        return new CourseSearch(null, null, null, Sort.NEWEST);
    }
}

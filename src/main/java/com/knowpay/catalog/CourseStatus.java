package com.knowpay.catalog;

/** DRAFT: only its creator sees it. PUBLISHED: in the storefront, buyable. UNLISTED: not listed nor buyable; owners keep access. */
public enum CourseStatus {
    DRAFT, PUBLISHED, UNLISTED
}

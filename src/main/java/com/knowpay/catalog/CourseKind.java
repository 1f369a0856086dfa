package com.knowpay.catalog;

public enum CourseKind {
    COURSE, LECTURE_SERIES, EBOOK
}

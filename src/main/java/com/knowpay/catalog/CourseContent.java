package com.knowpay.catalog;

/** The learning material of a course, for someone allowed to read it. */
public record CourseContent(CourseView course, String content) {
}

package com.knowpay.catalog.web;

import java.util.List;

/** One page of search results. {@code page} counts from 0. */
record CoursePageJson(List<CourseJson> items, int page, int size, long total) {
}

package com.knowpay.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseDraft;
import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.catalog.CourseView;
import com.knowpay.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.knowpay.support.RunAs;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StorefrontViewTests extends KaribuTest {

    @Autowired
    CatalogService catalog;

    String tag;
    StorefrontView view;

    @BeforeEach
    void publishThreeAndOpenTheStorefront() {
        tag = "sf" + RunAs.unique();
        login("creator");
        publish(CourseKind.COURSE, "Shop Course " + tag, "88.00");
        publish(CourseKind.EBOOK, "Shop Ebook " + tag, "9.90");
        publish(CourseKind.LECTURE_SERIES, "Shop Lectures " + tag, "45.00");
        logout();
        login("learner");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(StorefrontView.class);
        view = _get(StorefrontView.class);
    }

    private void publish(CourseKind kind, String title, String price) {
        CourseView c = catalog.create(new CourseDraft(kind, title, null, "Storefront test", null,
                List.of(tag, "shoptest"), price, "Body"));
        catalog.publish(c.id());
    }

    private List<CourseView> rows() {
        return GridKt._fetch(view.grid, 0, 200);
    }

    @Test
    void showsPublishedCoursesWithPriceAndKind() {
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(3);
        _setValue(view.search, "shop ebook " + tag);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Shop Ebook " + tag, "E-book", "¥9.90");
    }

    @Test
    void searchTextNarrowsTheResults() {
        int everything = GridKt._size(view.grid);
        _setValue(view.search, tag);
        assertThat(GridKt._size(view.grid)).isEqualTo(3).isLessThan(everything);
        _setValue(view.search, "lectures " + tag);
        assertThat(rows()).extracting(CourseView::title).containsExactly("Shop Lectures " + tag);
    }

    @Test
    void kindFilterKeepsOnlyThatKind() {
        _setValue(view.kind, CourseKind.EBOOK);
        assertThat(rows()).isNotEmpty().allMatch(c -> c.kind() == CourseKind.EBOOK);
        _setValue(view.search, tag);
        assertThat(rows()).extracting(CourseView::title).containsExactly("Shop Ebook " + tag);
    }

    @Test
    void tagFilterOffersAndAppliesTags() {
        assertThat(view.tag.getListDataView().getItems()).contains(tag);
        _setValue(view.tag, tag);
        assertThat(rows()).hasSize(3).allMatch(c -> c.tags().contains(tag));
    }

    @Test
    void sortsByPriceBothWays() {
        _setValue(view.tag, tag);
        _setValue(view.sort, CourseSearch.Sort.PRICE_ASC);
        assertThat(rows()).extracting(c -> c.price().fen()).containsExactly(990L, 4500L, 8800L);
        _setValue(view.sort, CourseSearch.Sort.PRICE_DESC);
        assertThat(rows()).extracting(c -> c.price().fen()).containsExactly(8800L, 4500L, 990L);
    }

    @Test
    void clickingARowOpensTheCoursePage() {
        _setValue(view.search, "shop course " + tag);
        GridKt._clickItem(view.grid, 0, 0, false, false, false, false);
        NavigatorKt.expectView(CourseDetailView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("course/" + rows0Id());
    }

    private long rows0Id() {
        return catalog.search(new CourseSearch("shop course " + tag, null, null, null), 0, 1).getContent().get(0).id();
    }

    @Test
    void anonymousVisitorsSeeTheStorefrontToo() {
        logout();
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate(StorefrontView.class);
        assertThat(_get(StorefrontView.class)).as("a fresh view for the visitor").isNotSameAs(view);
        assertThat(GridKt._size(_get(StorefrontView.class).grid)).isGreaterThanOrEqualTo(3);
    }
}

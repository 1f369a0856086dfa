package com.knowpay.catalog.ui;

import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.catalog.CourseView;
import com.knowpay.shared.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The home page: everything on sale, searchable, filtered by kind and tag, sorted by date or price. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class StorefrontView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;

    final TextField search = new TextField();
    final Select<CourseKind> kind = new Select<>();
    final ComboBox<String> tag = new ComboBox<>();
    final Select<CourseSearch.Sort> sort = new Select<>();
    final Grid<CourseView> grid = new Grid<>(CourseView.class, false);

    public StorefrontView(CatalogService catalog) {
        this.catalog = catalog;
        setSizeFull();
        configureFilters();
        configureGrid();
        add(new H2(getTranslation("catalog.storefront.title")), toolbar(), grid);
    }

    private void configureFilters() {
        search.setId("search");
        search.setPlaceholder(getTranslation("catalog.storefront.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        kind.setId("kind-filter");
        kind.setLabel(getTranslation("catalog.field.kind"));
        kind.setItems(CourseKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("catalog.storefront.all-kinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("catalog.storefront.all-kinds")
                : CatalogLabels.kind(this, k));
        kind.addValueChangeListener(e -> refresh());

        tag.setId("tag-filter");
        tag.setLabel(getTranslation("catalog.field.tags"));
        tag.setClearButtonVisible(true);
        tag.setPlaceholder(getTranslation("catalog.storefront.all-tags"));
        tag.addValueChangeListener(e -> refresh());

        sort.setId("sort");
        sort.setLabel(getTranslation("catalog.storefront.sort"));
        sort.setItems(CourseSearch.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("catalog.sort." + s.name()));
        sort.setValue(CourseSearch.Sort.NEWEST);
        sort.addValueChangeListener(e -> refresh());
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout bar = new HorizontalLayout(search, kind, tag, sort);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.setId("courses");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CourseView::title).setKey("title").setHeader(getTranslation("catalog.field.title")).setFlexGrow(3);
        grid.addColumn(c -> CatalogLabels.kind(this, c.kind())).setKey("kind").setHeader(getTranslation("catalog.field.kind"));
        grid.addColumn(CourseView::creatorName).setKey("creator").setHeader(getTranslation("catalog.field.creator"));
        grid.addColumn(c -> c.price().format()).setKey("price").setHeader(getTranslation("catalog.field.price"));
        grid.addColumn(c -> String.join(", ", c.tags())).setKey("tags").setHeader(getTranslation("catalog.field.tags"));
        // Lazy: the grid asks for a page at a time (offset is a multiple of the page size).
        grid.setItems(query -> catalog.search(currentSearch(), query.getPage(), query.getPageSize()).stream(),
                query -> (int) catalog.search(currentSearch(), 0, 1).getTotalElements());
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CourseDetailView.class, CourseDetailView.params(e.getItem().id())));
    }

    /** Vaadin keeps this view when navigating to it again: fetch the tags in use each time. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String selected = tag.getValue();
        tag.setItems(catalog.tags());
        if (selected != null && tag.getListDataView().getItems().anyMatch(selected::equals)) {
            tag.setValue(selected);
        }
        refresh();
    }

    CourseSearch currentSearch() {
        return new CourseSearch(search.getValue(), kind.getValue(), tag.getValue(), sort.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.storefront.title") + " · KnowPay";
    }
}

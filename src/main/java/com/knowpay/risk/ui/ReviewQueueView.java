package com.knowpay.risk.ui;

import com.knowpay.risk.ReviewItem;
import com.knowpay.risk.RiskAdminService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins approve or reject what the rules held for review; each decision carries a note. */
@Route(value = "admin/risk/reviews", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final RiskAdminService risk;
    private final Grid<ReviewItem> grid = new Grid<>(ReviewItem.class, false);
    private final Button approve = new Button();
    private final Button reject = new Button();

    public ReviewQueueView(RiskAdminService risk) {
        this.risk = risk;
        setSizeFull();
        add(new H2(getTranslation("risk.reviews.title")), configureActions(), configureGrid());
        refresh();
    }

    private HorizontalLayout configureActions() {
        approve.setText(getTranslation("risk.reviews.approve"));
        approve.setId("risk-review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> grid.asSingleSelect().getOptionalValue().ifPresent(i -> openDialog(i, true)));
        reject.setText(getTranslation("risk.reviews.reject"));
        reject.setId("risk-review-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> grid.asSingleSelect().getOptionalValue().ifPresent(i -> openDialog(i, false)));
        approve.setEnabled(false);
        reject.setEnabled(false);
        return new HorizontalLayout(approve, reject);
    }

    private Grid<ReviewItem> configureGrid() {
        grid.setId("risk-review-grid");
        grid.addColumn(i -> UserTime.format(i.createdAt())).setHeader(getTranslation("risk.col.at")).setAutoWidth(true);
        grid.addColumn(i -> i.subjectType().name()).setHeader(getTranslation("risk.col.kind")).setAutoWidth(true);
        grid.addColumn(i -> i.subjectRef() == null ? "–" : i.subjectRef()).setHeader(getTranslation("risk.col.subject"))
                .setAutoWidth(true);
        grid.addColumn(ReviewItem::userId).setHeader(getTranslation("risk.col.user")).setAutoWidth(true);
        grid.addColumn(ReviewItem::rule).setHeader(getTranslation("risk.col.rule")).setAutoWidth(true);
        grid.addColumn(ReviewItem::evidence).setHeader(getTranslation("risk.col.evidence")).setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> {
            approve.setEnabled(e.getValue() != null);
            reject.setEnabled(e.getValue() != null);
        });
        grid.setSizeFull();
        return grid;
    }

    private void openDialog(ReviewItem item, boolean approving) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(approving ? "risk.reviews.approve.title" : "risk.reviews.reject.title"));
        Paragraph about = new Paragraph();
        about.setText(item.subjectType() + " " + (item.subjectRef() == null ? "" : item.subjectRef())
                + " · " + getTranslation("risk.col.user") + " " + item.userId() + " · " + item.evidence());
        TextArea note = new TextArea(getTranslation("risk.reviews.note"));
        note.setId("risk-review-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setRequired(!approving);
        Button confirm = new Button(getTranslation(approving ? "risk.reviews.approve" : "risk.reviews.reject"),
                e -> confirm(dialog, note, item, approving));
        confirm.setId("risk-review-confirm");
        confirm.addThemeVariants(approving ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("risk.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(about, note));
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("32em");
        dialog.open();
    }

    private void confirm(Dialog dialog, TextArea note, ReviewItem item, boolean approving) {
        if (!approving && note.getValue().isBlank()) {
            note.setInvalid(true);
            note.setErrorMessage(getTranslation("risk.reviews.note.required"));
            return;
        }
        try {
            if (approving) {
                risk.approve(item.id(), note.getValue());
            } else {
                risk.reject(item.id(), note.getValue());
            }
            Notify.success(getTranslation(approving ? "risk.reviews.approved" : "risk.reviews.rejected"));
        } catch (DomainException e) {
            Notify.error(e);
        }
        dialog.close();
        refresh();
    }

    private void refresh() {
        grid.setItems(risk.pendingReviews());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("risk.reviews.title") + " · KnowPay";
    }
}

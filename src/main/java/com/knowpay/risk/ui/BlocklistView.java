package com.knowpay.risk.ui;

import com.knowpay.risk.BlockTarget;
import com.knowpay.risk.BlocklistEntry;
import com.knowpay.risk.RiskAdminService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;

/** Admins block a user id or an IP address (with a reason, optionally until a time) and lift blocks. */
@Route(value = "admin/risk/blocklist", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class BlocklistView extends VerticalLayout implements HasDynamicTitle {

    private final RiskAdminService risk;
    private final Select<BlockTarget> target = new Select<>();
    private final TextField value = new TextField();
    private final TextField reason = new TextField();
    private final DateTimePicker expires = new DateTimePicker();
    private final Grid<BlocklistEntry> grid = new Grid<>(BlocklistEntry.class, false);
    private final Button remove = new Button();

    public BlocklistView(RiskAdminService risk) {
        this.risk = risk;
        setSizeFull();
        add(new H2(getTranslation("risk.block.title")), configureForm(), remove, configureGrid());
        refresh();
    }

    private HorizontalLayout configureForm() {
        target.setId("risk-block-target");
        target.setLabel(getTranslation("risk.block.target"));
        target.setItems(BlockTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("risk.block.target." + t.name()));
        target.setValue(BlockTarget.USER);
        value.setId("risk-block-value");
        value.setLabel(getTranslation("risk.block.value"));
        value.setMaxLength(64);
        reason.setId("risk-block-reason");
        reason.setLabel(getTranslation("risk.block.reason"));
        reason.setMaxLength(500);
        expires.setId("risk-block-expires");
        expires.setLabel(getTranslation("risk.block.expires"));
        Button add = new Button(getTranslation("risk.block.add"), e -> add());
        add.setId("risk-block-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.setText(getTranslation("risk.block.remove"));
        remove.setId("risk-block-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setEnabled(false);
        remove.addClickListener(e -> removeSelected());
        HorizontalLayout form = new HorizontalLayout(target, value, reason, expires, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<BlocklistEntry> configureGrid() {
        grid.setId("risk-block-grid");
        grid.addColumn(b -> getTranslation("risk.block.target." + b.target().name()))
                .setHeader(getTranslation("risk.block.target")).setAutoWidth(true);
        grid.addColumn(BlocklistEntry::value).setHeader(getTranslation("risk.block.value")).setAutoWidth(true);
        grid.addColumn(BlocklistEntry::reason).setHeader(getTranslation("risk.block.reason")).setFlexGrow(1);
        grid.addColumn(b -> UserTime.format(b.createdAt()) + " · " + b.createdBy())
                .setHeader(getTranslation("risk.block.created")).setAutoWidth(true);
        grid.addColumn(b -> b.expiresAt() == null ? getTranslation("risk.block.never") : UserTime.format(b.expiresAt()))
                .setHeader(getTranslation("risk.block.expires")).setAutoWidth(true);
        grid.addColumn(b -> getTranslation(b.active() ? "risk.block.active" : "risk.block.expired"))
                .setHeader(getTranslation("risk.block.state")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> remove.setEnabled(e.getValue() != null));
        grid.setSizeFull();
        return grid;
    }

    private void add() {
        value.setInvalid(false);
        reason.setInvalid(false);
        expires.setInvalid(false);
        Instant until = expires.getValue() == null ? null : expires.getValue().atZone(UserTime.zone()).toInstant();
        try {
            BlocklistEntry entry = risk.block(target.getValue(), value.getValue(), reason.getValue(), until);
            Notify.success(getTranslation("risk.block.added", entry.value()));
            value.clear();
            reason.clear();
            expires.clear();
            refresh();
        } catch (FieldValidationException e) {
            e.fieldErrors().keySet().forEach(this::markInvalid);
        }
    }

    private void markInvalid(String field) {
        switch (field) {
            case "value" -> {
                value.setErrorMessage(getTranslation(target.getValue() == BlockTarget.IP
                        ? "risk.block.error.ip" : "risk.block.error.user"));
                value.setInvalid(true);
            }
            case "reason" -> {
                reason.setErrorMessage(getTranslation("risk.block.error.reason"));
                reason.setInvalid(true);
            }
            case "expiresAt" -> {
                expires.setErrorMessage(getTranslation("risk.block.error.expires"));
                expires.setInvalid(true);
            }
            default -> Notify.error(getTranslation("risk.block.error.target"));
        }
    }

    private void removeSelected() {
        grid.asSingleSelect().getOptionalValue().ifPresent(entry -> {
            try {
                risk.unblock(entry.id(), null);
                Notify.success(getTranslation("risk.block.removed", entry.value()));
            } catch (DomainException e) {
                Notify.error(e);
            }
            refresh();
        });
    }

    private void refresh() {
        grid.setItems(risk.blocklist());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("risk.block.title") + " · KnowPay";
    }
}

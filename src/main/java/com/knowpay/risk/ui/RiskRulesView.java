package com.knowpay.risk.ui;

import com.knowpay.risk.RiskAdminService;
import com.knowpay.risk.RuleSettingView;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins tune the rule thresholds; a change applies to the next assessment and is audited. */
@Route(value = "admin/risk/rules", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class RiskRulesView extends VerticalLayout implements HasDynamicTitle {

    private final RiskAdminService risk;
    private final Grid<RuleSettingView> grid = new Grid<>(RuleSettingView.class, false);
    private final Span selected = new Span();
    private final IntegerField value = new IntegerField();
    private final Button save = new Button();

    public RiskRulesView(RiskAdminService risk) {
        this.risk = risk;
        setSizeFull();
        add(new H2(getTranslation("risk.rules.title")), new Span(getTranslation("risk.rules.hint")),
                configureEditor(), configureGrid());
        refresh();
    }

    private HorizontalLayout configureEditor() {
        selected.setId("risk-setting-name");
        value.setId("risk-setting-value");
        value.setLabel(getTranslation("risk.rules.value"));
        value.setStepButtonsVisible(true);
        value.setMin(1);
        save.setText(getTranslation("risk.save"));
        save.setId("risk-setting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        value.setEnabled(false);
        save.setEnabled(false);
        HorizontalLayout editor = new HorizontalLayout(selected, value, save);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return editor;
    }

    private Grid<RuleSettingView> configureGrid() {
        grid.setId("risk-rules-grid");
        grid.addColumn(s -> getTranslation("risk.setting." + s.key())).setHeader(getTranslation("risk.rules.setting"))
                .setFlexGrow(1);
        grid.addColumn(RuleSettingView::value).setHeader(getTranslation("risk.rules.value")).setAutoWidth(true);
        grid.addColumn(RuleSettingView::defaultValue).setHeader(getTranslation("risk.rules.default")).setAutoWidth(true);
        grid.addColumn(s -> s.min() + "–" + s.max()).setHeader(getTranslation("risk.rules.range")).setAutoWidth(true);
        grid.addColumn(s -> s.updatedAt() == null ? "" : UserTime.format(s.updatedAt()) + " · " + s.updatedBy())
                .setHeader(getTranslation("risk.rules.changed")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setSizeFull();
        return grid;
    }

    private void edit(RuleSettingView setting) {
        value.setInvalid(false);
        value.setEnabled(setting != null);
        save.setEnabled(setting != null);
        selected.setText(setting == null ? "" : getTranslation("risk.setting." + setting.key()));
        if (setting != null) {
            value.setMax((int) setting.max());
            value.setValue((int) setting.value());
        }
    }

    private void save() {
        RuleSettingView setting = grid.asSingleSelect().getValue();
        if (setting == null) {
            return;
        }
        Integer v = value.getValue();
        if (v == null || v < setting.min() || v > setting.max()) {
            value.setErrorMessage(getTranslation("risk.rules.out-of-range", setting.min(), setting.max()));
            value.setInvalid(true);
            return;
        }
        try {
            RuleSettingView saved = risk.updateRuleSetting(setting.setting(), v);
            Notify.success(getTranslation("risk.rules.saved", getTranslation("risk.setting." + saved.key()), saved.value()));
            refresh();
            grid.select(grid.getListDataView().getItems().filter(s -> s.setting() == saved.setting()).findFirst().orElse(null));
        } catch (FieldValidationException e) {
            value.setErrorMessage(e.fieldErrors().getOrDefault("value", e.getMessage()));
            value.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(risk.ruleSettings());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("risk.rules.title") + " · KnowPay";
    }
}

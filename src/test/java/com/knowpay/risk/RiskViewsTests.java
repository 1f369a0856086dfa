package com.knowpay.risk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.knowpay.risk.RiskFixtures.courseId;
import static com.knowpay.risk.RiskFixtures.ip;
import static com.knowpay.risk.RiskFixtures.orderNo;
import static com.knowpay.risk.RiskFixtures.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.knowpay.risk.ui.BlocklistView;
import com.knowpay.risk.ui.DecisionLogView;
import com.knowpay.risk.ui.ReviewQueueView;
import com.knowpay.risk.ui.RiskRulesView;
import com.knowpay.shared.Money;
import com.knowpay.support.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RiskViewsTests extends KaribuTest {

    @Autowired
    RiskService risk;

    @Autowired
    RiskAdminService admin;

    @Autowired
    ThresholdStore thresholds;

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private String heldRefund() {
        String orderNo = orderNo();
        risk.assessRefund(new RefundRiskContext(userId(), null, orderNo, 990, 990, java.time.Instant.now(), 100));
        return orderNo;
    }

    @Test
    void learnerCannotOpenAnyRiskScreen() {
        login("learner");
        for (Class<? extends Component> view : List.of(ReviewQueueView.class, RiskRulesView.class, BlocklistView.class,
                DecisionLogView.class)) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(view)).as(view.getSimpleName())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void adminApprovesAReviewWithANote() {
        String orderNo = heldRefund();
        login("admin");
        UI.getCurrent().navigate(ReviewQueueView.class);
        Grid<ReviewItem> grid = grid("risk-review-grid");
        ReviewItem item = rows(grid).stream().filter(r -> orderNo.equals(r.subjectRef())).findFirst().orElseThrow();
        assertThat(_get(Button.class, spec -> spec.withId("risk-review-approve")).isEnabled()).isFalse();
        grid.select(item);
        _click(_get(Button.class, spec -> spec.withId("risk-review-approve")));
        _setValue(_get(TextArea.class, spec -> spec.withId("risk-review-note")), "watched only the intro");
        _click(_get(Button.class, spec -> spec.withId("risk-review-confirm")));

        ReviewItem resolved = risk.reviewFor(orderNo).orElseThrow();
        assertThat(resolved.status()).isEqualTo(ReviewItem.Status.APPROVED);
        assertThat(resolved.note()).isEqualTo("watched only the intro");
        assertThat(rows(RiskViewsTests.<ReviewItem>grid("risk-review-grid"))).noneMatch(r -> r.id() == item.id());
    }

    @Test
    void adminRejectsAReviewOnlyWithANote() {
        String orderNo = heldRefund();
        login("admin");
        UI.getCurrent().navigate(ReviewQueueView.class);
        Grid<ReviewItem> grid = grid("risk-review-grid");
        grid.select(rows(grid).stream().filter(r -> orderNo.equals(r.subjectRef())).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("risk-review-reject")));
        _click(_get(Button.class, spec -> spec.withId("risk-review-confirm")));
        TextArea note = _get(TextArea.class, spec -> spec.withId("risk-review-note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(risk.reviewFor(orderNo).orElseThrow().isPending()).isTrue();

        _setValue(note, "finished the course, then asked for money back");
        _click(_get(Button.class, spec -> spec.withId("risk-review-confirm")));
        assertThat(risk.reviewFor(orderNo).orElseThrow().status()).isEqualTo(ReviewItem.Status.REJECTED);
    }

    @Test
    void adminEditsAThresholdAndOutOfRangeValuesAreRefused() {
        login("admin");
        long before = thresholds.current().get(RiskRuleSetting.SHARED_WINDOW_MINUTES);
        try {
            UI.getCurrent().navigate(RiskRulesView.class);
            Grid<RuleSettingView> grid = grid("risk-rules-grid");
            assertThat(GridKt._size(grid)).isEqualTo(RiskRuleSetting.values().length);
            grid.select(rows(grid).stream().filter(s -> s.setting() == RiskRuleSetting.SHARED_WINDOW_MINUTES)
                    .findFirst().orElseThrow());
            IntegerField value = _get(IntegerField.class, spec -> spec.withId("risk-setting-value"));
            assertThat(value.getValue()).isEqualTo((int) before);

            _setValue(value, 0);
            _click(_get(Button.class, spec -> spec.withId("risk-setting-save")));
            assertThat(value.isInvalid()).isTrue();
            assertThat(value.getErrorMessage()).contains("1").contains("10,080");
            assertThat(thresholds.current().get(RiskRuleSetting.SHARED_WINDOW_MINUTES)).isEqualTo(before);

            long changed = before == 90 ? 91 : 90;
            _setValue(value, (int) changed);
            _click(_get(Button.class, spec -> spec.withId("risk-setting-save")));
            assertThat(value.isInvalid()).isFalse();
            assertThat(thresholds.current().get(RiskRuleSetting.SHARED_WINDOW_MINUTES)).isEqualTo(changed);
            assertThat(rows(RiskViewsTests.<RuleSettingView>grid("risk-rules-grid"))).filteredOn(s -> s.setting() == RiskRuleSetting.SHARED_WINDOW_MINUTES)
                    .singleElement().satisfies(s -> assertThat(s.updatedBy()).isEqualTo("admin"));
        } finally {
            admin.updateRuleSetting(RiskRuleSetting.SHARED_WINDOW_MINUTES, before);
        }
    }

    @Test
    void adminBlocksAndUnblocksAnIp() {
        String ip = ip();
        login("admin");
        UI.getCurrent().navigate(BlocklistView.class);
        @SuppressWarnings("unchecked")
        Select<BlockTarget> target = _get(Select.class, spec -> spec.withId("risk-block-target"));
        _setValue(target, BlockTarget.IP);
        TextField value = _get(TextField.class, spec -> spec.withId("risk-block-value"));
        _setValue(value, "not-an-ip");
        _setValue(_get(TextField.class, spec -> spec.withId("risk-block-reason")), "card testing");
        _click(_get(Button.class, spec -> spec.withId("risk-block-add")));
        assertThat(value.isInvalid()).isTrue();

        _setValue(value, ip);
        _click(_get(Button.class, spec -> spec.withId("risk-block-add")));
        assertThat(risk.isBlocked(userId(), ip)).isTrue();
        Grid<BlocklistEntry> grid = grid("risk-block-grid");
        BlocklistEntry entry = rows(grid).stream().filter(b -> b.value().equals(ip)).findFirst().orElseThrow();
        assertThat(entry.reason()).isEqualTo("card testing");
        assertThat(entry.createdBy()).isEqualTo("admin");

        grid.select(entry);
        _click(_get(Button.class, spec -> spec.withId("risk-block-remove")));
        assertThat(risk.isBlocked(userId(), ip)).isFalse();
        assertThat(rows(RiskViewsTests.<BlocklistEntry>grid("risk-block-grid"))).noneMatch(b -> b.value().equals(ip));
    }

    @Test
    void decisionLogFiltersByUserIpVerdictRuleAndDate() {
        long user = userId();
        String ip = ip();
        risk.assessOrder(new OrderRiskContext(user, ip, null, courseId(), 990, null));
        risk.assessOrder(new OrderRiskContext(user, null, null, courseId(), Money.MAX_FEN, null));
        login("admin");
        UI.getCurrent().navigate(DecisionLogView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("risk-decision-user")), String.valueOf(user));
        Grid<DecisionView> grid = grid("risk-decision-grid");
        assertThat(GridKt._size(grid)).isEqualTo(2);

        @SuppressWarnings("unchecked")
        Select<Verdict> verdict = _get(Select.class, spec -> spec.withId("risk-decision-verdict"));
        _setValue(verdict, Verdict.REVIEW);
        assertThat(rows(RiskViewsTests.<DecisionView>grid("risk-decision-grid"))).singleElement()
                .satisfies(d -> assertThat(d.rule()).isEqualTo("amount-anomaly"));
        _setValue(verdict, null);

        @SuppressWarnings("unchecked")
        Select<String> rule = _get(Select.class, spec -> spec.withId("risk-decision-rule"));
        _setValue(rule, "amount-anomaly");
        assertThat(GridKt._size(RiskViewsTests.<DecisionView>grid("risk-decision-grid"))).isEqualTo(1);
        _setValue(rule, null);

        _setValue(_get(TextField.class, spec -> spec.withId("risk-decision-ip")), ip);
        assertThat(rows(RiskViewsTests.<DecisionView>grid("risk-decision-grid"))).singleElement()
                .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.ALLOW));

        _setValue(_get(DatePicker.class, spec -> spec.withId("risk-decision-from")), LocalDate.now().plusDays(2));
        assertThat(GridKt._size(RiskViewsTests.<DecisionView>grid("risk-decision-grid"))).isZero();
        _setValue(_get(DatePicker.class, spec -> spec.withId("risk-decision-from")), LocalDate.now().minusDays(1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("risk-decision-to")), LocalDate.now().plusDays(1));
        assertThat(GridKt._size(RiskViewsTests.<DecisionView>grid("risk-decision-grid"))).isEqualTo(1);
    }
}

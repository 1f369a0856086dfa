package com.knowpay.ledger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import com.knowpay.audit.AuditEntryView;
import com.knowpay.audit.AuditService;
import com.knowpay.ledger.ui.LedgerInvariantsView;
import com.knowpay.ledger.ui.PayoutsAdminView;
import com.knowpay.shared.Money;
import com.knowpay.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PayoutsAdminViewTests extends KaribuTest {

    @Autowired
    LedgerService ledger;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    private UserView creator;
    private PayoutView requested;

    @BeforeEach
    void aRequestedPayout() {
        creator = LedgerFixtures.newCreator(accounts);
        ledger.recordPayment(LedgerFixtures.payment(creator.id(), 10_000, Instant.now().minus(Duration.ofDays(8))));
        login(creator.username());
        requested = ledger.requestPayout(Money.fen(6000));
        logout();
    }

    @SuppressWarnings("unchecked")
    private Grid<PayoutView> grid() {
        return _get(Grid.class, spec -> spec.withId("payouts-grid"));
    }

    private void selectMine() {
        Grid<PayoutView> grid = grid();
        PayoutView mine = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(p -> p.id() == requested.id()).findFirst().orElseThrow();
        grid.select(mine);
    }

    private void act(String buttonId, String text) {
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
        _setValue(_get(TextField.class, spec -> spec.withId("payout-action-text")), text);
        _click(_get(Button.class, spec -> spec.withId("payout-action-confirm")));
    }

    @SuppressWarnings("unchecked")
    private void filter(PayoutStatus status) {
        _setValue(_get(Select.class, spec -> spec.withId("payout-status-filter")), status);
    }

    @Test
    void adminApprovesAndMarksPaid() {
        login("admin");
        UI.getCurrent().navigate(PayoutsAdminView.class);
        selectMine();
        assertThat(_get(Button.class, spec -> spec.withId("payout-mark-paid")).isEnabled()).isFalse();

        act("payout-approve", "looks fine");
        filter(PayoutStatus.APPROVED);
        selectMine();
        String bankReference = "BANK" + LedgerFixtures.unique();
        act("payout-mark-paid", bankReference);

        filter(PayoutStatus.PAID);
        selectMine();
        PayoutView paid = grid().asSingleSelect().getValue();
        assertThat(paid.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(paid.bankReference()).isEqualTo(bankReference);
        assertThat(paid.decidedBy()).isEqualTo("admin");
        assertThat(ledger.balanceOf(creator.id()).paidOut()).isEqualTo(Money.fen(6000));
        assertThat(ledger.entry("payout:" + paid.payoutNo())).isPresent();
        assertThat(audit.history("payout", paid.payoutNo())).extracting(AuditEntryView::action)
                .containsExactly("ledger.payout.approve", "ledger.payout.paid");
    }

    @Test
    void rejectingNeedsAReason() {
        login("admin");
        UI.getCurrent().navigate(PayoutsAdminView.class);
        selectMine();

        act("payout-reject", " ");
        TextField reason = _get(TextField.class, spec -> spec.withId("payout-action-text"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("ledger.field.required"));

        _setValue(reason, "bank details missing");
        _click(_get(Button.class, spec -> spec.withId("payout-action-confirm")));
        assertThat(ledger.payouts(PayoutStatus.REJECTED)).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(requested.id());
            assertThat(p.note()).isEqualTo("bank details missing");
        });
    }

    @Test
    void learnersAndCreatorsCannotOpenTheAdminViews() {
        for (String user : new String[] {"learner", creator.username()}) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(PayoutsAdminView.class)).isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(LedgerInvariantsView.class)).isInstanceOf(MockAccessDeniedException.class);
            logout();
        }
    }
}

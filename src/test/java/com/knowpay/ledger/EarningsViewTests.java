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
import com.knowpay.ledger.ui.EarningsView;
import com.knowpay.shared.Money;
import com.knowpay.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EarningsViewTests extends KaribuTest {

    @Autowired
    LedgerService ledger;

    @Autowired
    AccountService accounts;

    private UserView creator;

    @BeforeEach
    void creatorWithSales() {
        creator = LedgerFixtures.newCreator(accounts);
        ledger.recordPayment(LedgerFixtures.payment(creator.id(), 10_000, Instant.now().minus(Duration.ofDays(8))));
        ledger.recordPayment(LedgerFixtures.payment(creator.id(), 5000, Instant.now()));
    }

    private String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private TextField amountField() {
        return _get(TextField.class, spec -> spec.withId("payout-amount"));
    }

    private void requestPayout(String yuan) {
        _click(_get(Button.class, spec -> spec.withId("request-payout")));
        _setValue(amountField(), yuan);
        _click(_get(Button.class, spec -> spec.withId("payout-confirm")));
    }

    @SuppressWarnings("unchecked")
    private Grid<PayoutView> myPayouts() {
        return _get(Grid.class, spec -> spec.withId("my-payouts-grid"));
    }

    @Test
    void showsBalancesAndTheStatement() {
        login(creator.username());
        UI.getCurrent().navigate(EarningsView.class);

        assertThat(text("balance-available")).isEqualTo("¥80.00");
        assertThat(text("balance-pending")).isEqualTo("¥40.00");
        assertThat(text("balance-paid-out")).isEqualTo("¥0.00");
        @SuppressWarnings("unchecked")
        Grid<StatementLine> statement = _get(Grid.class, spec -> spec.withId("statement-grid"));
        assertThat(GridKt._size(statement)).isEqualTo(2);
        assertThat(GridKt._get(statement, 0).signedFen()).isEqualTo(4000);
    }

    @Test
    void aPayoutRequestWithinTheAvailableBalanceIsListed() {
        login(creator.username());
        UI.getCurrent().navigate(EarningsView.class);

        requestPayout("50");

        assertThat(GridKt._size(myPayouts())).isEqualTo(1);
        PayoutView payout = GridKt._get(myPayouts(), 0);
        assertThat(payout.amount()).isEqualTo(Money.fen(5000));
        assertThat(payout.status()).isEqualTo(PayoutStatus.REQUESTED);
    }

    @Test
    void invalidAmountsAreExplainedNextToTheField() {
        login(creator.username());
        UI.getCurrent().navigate(EarningsView.class);
        UI ui = UI.getCurrent();

        requestPayout("abc");
        assertThat(amountField().isInvalid()).isTrue();
        assertThat(amountField().getErrorMessage()).isEqualTo(ui.getTranslation("ledger.payout.amount.invalid"));

        _setValue(amountField(), "0.50");
        _click(_get(Button.class, spec -> spec.withId("payout-confirm")));
        assertThat(amountField().getErrorMessage()).isEqualTo(ui.getTranslation("ledger.payout.amount.belowMinimum", "¥1.00"));

        _setValue(amountField(), "80.01");
        _click(_get(Button.class, spec -> spec.withId("payout-confirm")));
        assertThat(amountField().getErrorMessage()).isEqualTo(ui.getTranslation("ledger.payout.amount.tooMuch", "¥80.00"));
        assertThat(GridKt._size(myPayouts())).isZero();
    }

    @Test
    void aSecondRequestWhileOneIsOpenShowsTheServicesReason() {
        login(creator.username());
        ledger.requestPayout(Money.fen(1000));
        UI.getCurrent().navigate(EarningsView.class);

        requestPayout("10");

        assertThat(amountField().getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("error.ledger-payout-open"));
        assertThat(GridKt._size(myPayouts())).isEqualTo(1);
    }

    @Test
    void anotherCreatorSeesOnlyTheirOwnEarnings() {
        UserView other = LedgerFixtures.newCreator(accounts);
        login(other.username());
        UI.getCurrent().navigate(EarningsView.class);

        assertThat(text("balance-available")).isEqualTo("¥0.00");
        assertThat(text("balance-pending")).isEqualTo("¥0.00");
        @SuppressWarnings("unchecked")
        Grid<StatementLine> statement = _get(Grid.class, spec -> spec.withId("statement-grid"));
        assertThat(GridKt._size(statement)).isZero();
    }

    @Test
    void learnersCannotOpenEarnings() {
        login("learner");
        assertThatThrownBy(() -> UI.getCurrent().navigate(EarningsView.class)).isInstanceOf(MockAccessDeniedException.class);
    }
}

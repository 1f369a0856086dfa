package com.knowpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import com.knowpay.audit.AuditService;
import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.OrderPaid;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.TestMoney;
import com.knowpay.refund.RefundApproved;
import com.knowpay.refund.RefundSucceeded;
import com.knowpay.shared.Money;
import com.knowpay.shared.security.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The ledger on its own: its listeners turn a paid order and a refund's approval and success into
 * balanced journal entries, after the publishing transaction committed (docs/ARCHITECTURE.md §4–5).
 * Only the ledger module is booted; what it asks of other modules is mocked.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class LedgerModuleTests {

    private static final Money PRICE = Money.fen(10_000);

    @MockitoBean
    TestMoney testMoney;
    @MockitoBean
    AccountService accounts;
    @MockitoBean
    AuditService audit;
    @MockitoBean
    OrderBackOffice orders;

    @Autowired
    LedgerService ledger;

    private final long n = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
    private final long creator = n;
    private final String orderNo = "O-LMOD-" + n;
    private final String paymentNo = "P-LMOD-" + n;
    private final String refundNo = "R-LMOD-" + n;

    @BeforeEach
    void signInAsAdmin() {
        when(accounts.find(creator)).thenReturn(Optional.of(new UserView(creator, "creator" + creator, "Creator " + creator,
                null, Role.CREATOR, Instant.now())));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "n/a", "ROLE_ADMIN"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPaidOrderIsPostedAsOneBalancedEntry(Scenario scenario) {
        scenario.publish(paid())
                .andWaitForStateChange(() -> ledger.entry("payment:" + paymentNo), Optional::isPresent)
                .andVerify(entry -> {
                    JournalEntryView e = entry.orElseThrow();
                    assertThat(e.orderNo()).isEqualTo(orderNo);
                    assertThat(e.postings().stream().mapToLong(PostingView::amountFen).sum()).isZero();
                    assertThat(e.postings()).anySatisfy(p -> {
                        assertThat(p.accountType()).isEqualTo(AccountType.PROVIDER_CLEARING);
                        assertThat(p.amountFen()).isEqualTo(PRICE.fen());
                    });
                    assertThat(e.postings()).anySatisfy(p -> {
                        assertThat(p.accountType()).isEqualTo(AccountType.CREATOR_PAYABLE);
                        assertThat(p.creatorId()).isEqualTo(creator);
                    });
                });
    }

    @Test
    void anApprovedRefundHoldsTheShareAndItsSuccessSettlesIt(Scenario scenario) {
        scenario.publish(paid())
                .andWaitForStateChange(() -> ledger.entry("payment:" + paymentNo), Optional::isPresent)
                .andVerify(entry -> assertThat(entry).isPresent());

        Money refund = Money.fen(4_000);
        scenario.publish(new RefundApproved(refundNo, orderNo, creator, ChannelType.ALIPAY, refund, PRICE, Instant.now()))
                .andWaitForStateChange(() -> ledger.entry("approved:refund:" + refundNo), Optional::isPresent)
                .andVerify(hold -> assertThat(hold.orElseThrow().postings()).anySatisfy(p -> {
                    assertThat(p.accountType()).isEqualTo(AccountType.REFUNDS_PAYABLE);
                    assertThat(p.amountFen()).isEqualTo(-refund.fen());
                }));

        scenario.publish(new RefundSucceeded(refundNo, orderNo, 7, 8, creator, ChannelType.ALIPAY, refund, PRICE,
                        false, Instant.now()))
                .andWaitForStateChange(() -> ledger.entry("refund:" + refundNo), Optional::isPresent)
                .andVerify(settled -> assertThat(settled.orElseThrow().postings())
                        .extracting(PostingView::accountType)
                        .as("after a hold only the money leaves the provider clearing")
                        .containsExactlyInAnyOrder(AccountType.REFUNDS_PAYABLE, AccountType.PROVIDER_CLEARING));
    }

    private OrderPaid paid() {
        return new OrderPaid(orderNo, 5, 6, "Module test course", creator, PRICE, ChannelType.ALIPAY, paymentNo,
                Instant.now());
    }
}

package com.knowpay.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.knowpay.audit.ui.AuditLogView;
import com.knowpay.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogViewTests extends KaribuTest {

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate tx;

    @Test
    void adminSeesAndFiltersEntries() {
        login("admin");
        String target = "T" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(AuditRecord.of("refund.approve", "refund", target, "PENDING", "APPROVED").withNote("ok by policy"));
        audit.record(AuditRecord.of("refund.reject", "refund", "other-" + target, "PENDING", "REJECTED"));

        UI.getCurrent().navigate(AuditLogView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-text")), target.toLowerCase());

        @SuppressWarnings("unchecked")
        Grid<AuditEntryView> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        AuditEntryView newest = GridKt._get(grid, 0);
        assertThat(newest.action()).isEqualTo("refund.reject");
        assertThat(newest.actorName()).isEqualTo("admin");
        assertThat(GridKt._get(grid, 1).note()).isEqualTo("ok by policy");
    }

    @Test
    void learnerCannotOpenTheAuditLog() {
        login("learner");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditLogView.class))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class)
                .hasMessageContaining("denied");
    }

    @Test
    void entriesAreWrittenInTheCallersTransactionAndNeverChanged() {
        login("admin");
        String target = "R" + UUID.randomUUID().toString().substring(0, 8);
        try {
            tx.executeWithoutResult(s -> {
                audit.record(AuditRecord.of("refund.approve", "refund", target, "PENDING", "APPROVED"));
                throw new IllegalStateException("action failed after auditing");
            });
        } catch (IllegalStateException expected) {
            // the action rolled back, and its audit entry with it
        }
        assertThat(audit.history("refund", target)).isEmpty();
        AuditEntryView kept = audit.record(AuditRecord.of("refund.approve", "refund", target, "PENDING", "APPROVED"));
        assertThat(audit.history("refund", target)).extracting(AuditEntryView::id).containsExactly(kept.id());
        assertThat(AuditEntryRepository.class.getMethods()).noneMatch(m -> m.getName().startsWith("delete"));
    }
}

package com.knowpay.analytics.internal;

import com.knowpay.analytics.OpenMismatchCount;
import com.knowpay.reconciliation.MismatchSearch;
import com.knowpay.reconciliation.ReconciliationService;
import org.springframework.stereotype.Component;

/**
 * The overview's "open reconciliation mismatches" figure, read from the reconciliation module
 * (analytics depends on it, never the reverse). The overview is admin-only, as is the queue.
 */
@Component
class ReconciliationFigures implements OpenMismatchCount {

    private final ReconciliationService reconciliation;

    ReconciliationFigures(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public long openMismatches() {
        return reconciliation.mismatches(MismatchSearch.open(), 0, 1).getTotalElements();
    }
}

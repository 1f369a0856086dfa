/**
 * Reconciliation: daily provider bills against local records, and the mismatch queue.
 */
@org.springframework.modulith.ApplicationModule
package com.knowpay.reconciliation;

/**
 * Ledger: the double-entry journal, creator earnings and settlement holds.
 */
@org.springframework.modulith.ApplicationModule
package com.knowpay.ledger;

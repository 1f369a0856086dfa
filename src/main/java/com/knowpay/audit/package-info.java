/**
 * Audit: an append-only log of privileged actions.
 */
@org.springframework.modulith.ApplicationModule
package com.knowpay.audit;

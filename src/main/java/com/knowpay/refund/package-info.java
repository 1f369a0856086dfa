/**
 * Refunds: requests, maker-checker approval, provider refunds and refund notifications.
 */
@org.springframework.modulith.ApplicationModule
package com.knowpay.refund;

/**
 * Risk: rate limits, velocity and fraud rules, the decision log and the review queue.
 */
@org.springframework.modulith.ApplicationModule
package com.knowpay.risk;

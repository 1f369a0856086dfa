/**
 * Orders: the Order aggregate and its state machine, checkout, order history and the learner
 * REST API. Public API: {@code OrderService} and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package com.knowpay.order;

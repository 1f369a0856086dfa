/**
 * Analytics internals: the roll-up writer (fed by order events after commit), the read model the
 * dashboards query, and the recommendation lookups. Public classes here are for the module itself and
 * for the benchmark harness in the test sources, not for other modules.
 */
package com.knowpay.analytics.internal;

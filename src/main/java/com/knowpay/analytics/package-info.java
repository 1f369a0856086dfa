/**
 * Analytics: creator sales dashboard, platform overview and recommendations.
 */
@org.springframework.modulith.ApplicationModule
package com.knowpay.analytics;

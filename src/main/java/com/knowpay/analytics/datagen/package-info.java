/**
 * Fills a database with realistic volume for the dashboards' benchmark (profile "datagen" only):
 * accounts, courses, orders, entitlements and the analytics roll-ups that the events would have built.
 */
package com.knowpay.analytics.datagen;

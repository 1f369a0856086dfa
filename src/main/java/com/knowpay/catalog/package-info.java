/**
 * Catalogue: courses, lecture series and e-books; the storefront, course pages and creators'
 * editing. Public API: {@link com.knowpay.catalog.CatalogService} and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue",
        allowedDependencies = {"account", "shared"})
package com.knowpay.catalog;

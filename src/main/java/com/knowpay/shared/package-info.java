/**
 * Shared kernel: money, identifiers, errors, the security principal every module reads, and
 * the UI shell ({@code shared.ui}). Open to every module; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.knowpay.shared;

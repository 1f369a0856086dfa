package com.knowpay.account.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;

/**
 * Vaadin's success handler (a page the person was sent away from still wins), but without
 * one: the {@code continue} target if safe, else the landing page of the person's role.
 */
public class RoleLandingSuccessHandler extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        return LandingPages.continueTarget(request.getParameter(LandingPages.CONTINUE))
                .map(target -> "/" + target)
                .orElseGet(() -> LandingPages.forRoles(authentication));
    }
}

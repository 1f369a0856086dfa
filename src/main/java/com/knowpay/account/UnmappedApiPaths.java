package com.knowpay.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches an {@code /api/**} request that no controller maps at all (any method). Such a request
 * may pass the API chain unauthenticated, so a stranger probing for paths gets the same 404
 * problem as a signed-in client instead of a 401 that would suggest the path exists behind a login.
 * A path that exists but not for this method or content type is not matched: it stays behind
 * authentication like the endpoint it belongs to.
 */
final class UnmappedApiPaths implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnmappedApiPaths(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            if (previous == null) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            return mapping.getHandler(request) == null;
        } catch (Exception mappedForAnotherMethodOrType) {
            return false;
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}

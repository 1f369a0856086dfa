package com.knowpay.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches an {@code /api/**} request that no controller would take: a path nothing maps (404), a
 * method the path does not offer (405), a body type or answer type it does not handle (415, 406).
 * Such a request may pass the API chain unauthenticated, because no controller code runs for it:
 * everyone gets the same problem+json answer (a stranger probing for paths gets 404, not a 401
 * suggesting the path exists behind a login). A request a controller would take stays behind
 * authentication like that controller.
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
        } catch (HttpRequestMethodNotSupportedException | HttpMediaTypeException noHandlerWouldRun) {
            return true;
        } catch (Exception e) {
            return false;
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}

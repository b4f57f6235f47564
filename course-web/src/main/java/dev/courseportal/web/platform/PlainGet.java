package dev.courseportal.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The failed request as a plain GET without parameters, for rendering the unavailable page: the
 * page must not take a form post meant for another page (its view state) as its own.
 */
final class PlainGet extends HttpServletRequestWrapper {

    PlainGet(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }

    @Override
    public String getHeader(String name) {
        return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }
}

package dev.courseportal.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Answers a request that failed because the database is unreachable with 503 and the "temporarily
 * unavailable" page, instead of the generic error page with a correlation id: nothing is wrong
 * with what the person did, and there is nothing to report. Declared first in web.xml so that it
 * also covers the other filters (the signed-in account check reads the database on every request);
 * on the ERROR dispatch it catches what fails before any filter runs (a sign-in). Writes are
 * transactions, so a request that failed here left nothing half-written; the pool's background
 * validation replaces broken connections once the database is back, and pages recover by themselves.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());
    static final String PAGE = "/error/unavailable.xhtml";
    static final int RETRY_AFTER_SECONDS = 30;
    /** One warning a while is enough: during an outage every request fails the same way. */
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (error instanceof Throwable t && Outages.isDatabaseOutage(t) && !response.isCommitted()) {
                unavailable(request, response, t);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !Outages.isDatabaseOutage(e)) {
                throw e;
            }
            unavailable(request, response, e);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response, Throwable cause)
            throws IOException, ServletException {
        warn(request, cause);
        response.reset();
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A Faces ajax request only acts on a 200 partial response: send the browser to the page.
            response.setContentType("text/xml;charset=UTF-8");
            response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + request.getContextPath() + PAGE + "\"></redirect></partial-response>")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        if (wantsPage(request)) {
            request.getRequestDispatcher(PAGE).forward(new PlainGet(request), response);
        } else {
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"problem\":\"unavailable\",\"retryAfterSeconds\":"
                    + RETRY_AFTER_SECONDS + "}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String path = originalPath(request);
        String accept = request.getHeader("Accept");
        return !path.startsWith("/api/") && !path.startsWith("/progress/") && accept != null && accept.contains("text/html");
    }

    private static String originalPath(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri instanceof String s ? s : request.getRequestURI();
        return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    }

    private void warn(HttpServletRequest request, Throwable cause) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warning(() -> "The database is unreachable; answering 503 \"temporarily unavailable\" (first seen on "
                    + originalPath(request) + "): " + Outages.rootMessage(cause));
        }
    }
}

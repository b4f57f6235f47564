package dev.courseportal.web.admin;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.audit.AuditLog;
import dev.courseportal.domain.audit.AuditQuery;
import dev.courseportal.web.instructor.CsvWriter;
import dev.courseportal.web.preferences.Preferences;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The audit log as CSV, with the page's filter; administrators only (checked again by the service). */
@WebServlet("/admin/audit-export")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Preferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditQuery query;
        try {
            query = AuditView.query(request.getParameter("actor"), request.getParameter("action"),
                    request.getParameter("text"), date(request.getParameter("from")), date(request.getParameter("to")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (caller.find().map(c -> !c.isAdministrator()).orElse(true)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        try (Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(out);
            java.util.Locale locale = preferences.getLocale();
            csv.row(List.of(AdminTexts.text(locale, "audit.at"), AdminTexts.text(locale, "audit.actor"),
                    AdminTexts.text(locale, "audit.action"), AdminTexts.text(locale, "audit.target"),
                    AdminTexts.text(locale, "audit.detail")));
            audit.export(caller.get(), query, e -> csv.row(java.util.Arrays.asList(e.at().toString(), e.actor(),
                    e.action(), e.target(), e.detail())));
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}

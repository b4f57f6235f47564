package dev.courseportal.web.backup;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.backup.PortalBackup;
import dev.courseportal.domain.backup.control.BackupFileException;
import dev.courseportal.domain.backup.control.PortalNotEmptyException;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * GET downloads a backup of the whole portal ({@code ?secrets=true} adds password hashes and lab
 * passwords); POST restores one into an empty portal. Both paths are for administrators only, in
 * web.xml and again in {@link PortalBackup}. A restore must come as {@code application/json}: a
 * form on another site cannot send that without a CORS preflight, which this portal never grants.
 */
@WebServlet(urlPatterns = {"/admin/backup", "/api/admin/backup"})
public class BackupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @EJB
    PortalBackup backup;

    @Inject
    CurrentCaller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean secrets = Boolean.parseBoolean(request.getParameter("secrets"));
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"course-portal-backup-"
                + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + (secrets ? "-with-secrets" : "") + ".json\"");
        try {
            backup.export(caller.get(), secrets, response.getOutputStream());
        } catch (AccessDeniedException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle texts = texts(request);
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            answer(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, problem("needsJson", texts, "backup.needsJson"));
            return;
        }
        try {
            Map<String, Integer> restored = backup.restore(caller.get(), request.getInputStream());
            JsonObjectBuilder counts = Json.createObjectBuilder();
            restored.forEach(counts::add);
            answer(response, HttpServletResponse.SC_OK, Json.createObjectBuilder()
                    .add("message", texts.getString("backup.restored")).add("restored", counts));
        } catch (BackupFileException e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, problem("invalid", texts, e.messageKey(),
                    e.args().toArray()).add("messageKey", e.messageKey()));
        } catch (PortalNotEmptyException e) {
            answer(response, HttpServletResponse.SC_CONFLICT, problem("notEmpty", texts, "backup.notEmpty",
                    String.join(", ", e.tables())).add("tables", Json.createArrayBuilder(e.tables())));
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (EJBException e) {
            if (e.getCause() instanceof AccessDeniedException) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                throw e;
            }
        }
    }

    private static JsonObjectBuilder problem(String problem, ResourceBundle texts, String key, Object... args) {
        return Json.createObjectBuilder().add("problem", problem)
                .add("message", new MessageFormat(texts.getString(key), texts.getLocale()).format(args));
    }

    private static void answer(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(body.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** English when the client asks for it first, Russian (the portal's language) otherwise. */
    private static ResourceBundle texts(HttpServletRequest request) {
        String chosen = null;
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                chosen = Locale.lookupTag(Locale.LanguageRange.parse(header), List.of("ru", "en"));
            } catch (IllegalArgumentException e) {
                // a malformed header asks for nothing in particular
            }
        }
        return ResourceBundle.getBundle("dev.courseportal.web.platform", Locale.forLanguageTag(chosen == null ? "ru" : chosen));
    }
}

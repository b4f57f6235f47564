package dev.courseportal.web.instructor;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.cohort.boundary.CohortProgress;
import dev.courseportal.domain.cohort.control.ProgressMatrix;
import dev.courseportal.web.admin.AdminTexts;
import dev.courseportal.web.preferences.Preferences;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cohort's progress matrix as a file: {@code ?cohort=ID&format=csv} or {@code format=xlsx}. One
 * row a learner; name, last activity, lessons done, percent, quiz score, then one column a lesson.
 */
@WebServlet("/instructor/matrix-export")
public class MatrixExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    CohortProgress progress;

    @Inject
    CurrentCaller caller;

    @Inject
    Preferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long cohortId;
        try {
            cohortId = Long.parseLong(String.valueOf(request.getParameter("cohort")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String format = request.getParameter("format");
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ProgressMatrix matrix;
        try {
            matrix = progress.matrix(caller.get(), cohortId);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = preferences.getLocale();
        String file = "cohort-" + cohortId + "-progress." + format;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        if ("csv".equals(format)) {
            response.setContentType("text/csv;charset=UTF-8");
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            CsvWriter csv = new CsvWriter(out);
            for (List<Object> row : rows(matrix, locale)) {
                csv.row(row);
            }
            out.flush();
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream(), AdminTexts.text(locale, "export.sheet"))) {
                for (List<Object> row : rows(matrix, locale)) {
                    xlsx.row(row);
                }
            }
        }
    }

    static List<List<Object>> rows(ProgressMatrix matrix, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(AdminTexts.text(locale, "export.username"),
                AdminTexts.text(locale, "export.displayName"), AdminTexts.text(locale, "export.lastActivity"),
                AdminTexts.text(locale, "export.done"), AdminTexts.text(locale, "export.percent"),
                AdminTexts.text(locale, "export.quiz")));
        matrix.columns().forEach(c -> header.add(c.title()));
        rows.add(header);
        String done = AdminTexts.text(locale, "export.state.done");
        String visited = AdminTexts.text(locale, "export.state.visited");
        int lessons = matrix.columns().size();
        for (ProgressMatrix.Row row : matrix.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.username());
            cells.add(row.displayName());
            cells.add(row.lastActivity() == null ? "" : row.lastActivity().toString());
            cells.add(row.done());
            cells.add(row.percent(lessons));
            cells.add(row.quizPercent() < 0 ? "" : row.quizPercent());
            for (int c = 0; c < lessons; c++) {
                byte state = row.state(c);
                cells.add(state == ProgressMatrix.DONE ? done : state == ProgressMatrix.VISITED ? visited : "");
            }
            rows.add(cells);
        }
        return rows;
    }
}

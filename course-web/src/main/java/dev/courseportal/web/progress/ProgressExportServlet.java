package dev.courseportal.web.progress;

import dev.courseportal.content.Course;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.domain.progress.boundary.ProgressTransfer;
import dev.courseportal.domain.progress.entity.LessonProgress;
import dev.courseportal.web.learner.CurrentLearner;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The signed-in learner's progress as a download: JSON (which the progress page imports again) or
 * CSV for a spreadsheet. Only ever the caller's own data: no parameter names an account.
 */
@WebServlet(urlPatterns = "/progress/export")
public class ProgressExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ProgressTransfer transfer;

    @EJB
    ProgressService progress;

    @EJB
    CourseCatalog catalog;

    @Inject
    CurrentLearner learner;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String format = request.getParameter("format");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if ("csv".equals(format)) {
            response.setContentType("text/csv");
            response.setHeader("Content-Disposition", "attachment; filename=\"progress-" + learner.getUsername() + ".csv\"");
            writeCsv(response.getWriter());
        } else {
            response.setContentType("application/json");
            response.setHeader("Content-Disposition", "attachment; filename=\"progress-" + learner.getUsername() + ".json\"");
            response.getWriter().write(transfer.exportJson(learner.getAccountId(), learner.getUsername()));
        }
    }

    private void writeCsv(PrintWriter out) {
        Course course = catalog.course();
        out.print("lesson_id,module,lesson,state,first_visit_at,completed_at,last_visit_at\r\n");
        for (LessonProgress p : progress.progressOf(learner.getAccountId())) {
            String module = course.lesson(p.lessonId()).flatMap(l -> course.module(l.moduleId()))
                    .map(m -> m.title()).orElse("");
            String title = course.lesson(p.lessonId()).map(l -> l.title()).orElse("(archived)");
            out.print(String.join(",", Csv.cell(p.lessonId()), Csv.cell(module), Csv.cell(title),
                    p.state().name(), String.valueOf(p.firstVisitAt()),
                    p.completedAt() == null ? "" : p.completedAt().toString(), String.valueOf(p.lastVisitAt())));
            out.print("\r\n");
        }
    }
}

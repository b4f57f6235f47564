package dev.courseportal.web.progress;

import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.web.learner.CurrentLearner;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;

/**
 * Records the heading a learner has read up to, so "continue" returns there. Called by the lesson
 * page's script; the custom header it must carry cannot be sent cross-site without a CORS
 * preflight this portal never grants, which is the defence against forged requests.
 */
@WebServlet(urlPatterns = "/progress/position")
public class PositionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Portal-Request";
    private static final Pattern LESSON = Pattern.compile("[a-z0-9-]{1,100}");
    private static final Pattern ANCHOR = Pattern.compile("[\\p{L}\\p{N}_-]{1,200}");

    @EJB
    ProgressService progress;

    @EJB
    CourseCatalog catalog;

    @Inject
    CurrentLearner learner;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        if (request.getUserPrincipal() == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!"1".equals(request.getHeader(HEADER))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String lesson = request.getParameter("lesson");
        String anchor = request.getParameter("anchor");
        if (lesson == null || !LESSON.matcher(lesson).matches() || catalog.course().lesson(lesson).isEmpty()
                || (anchor != null && !ANCHOR.matcher(anchor).matches())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        progress.visit(learner.getAccountId(), lesson, anchor);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}

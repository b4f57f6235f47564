package dev.courseportal.web.progress;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseModule;
import dev.courseportal.content.Lesson;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.web.learner.CurrentLearner;
import dev.courseportal.web.learner.LearnerProgress;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Mark as done" and its undo from the lesson page's script: one small write and a few numbers
 * back (the lesson's state, the module's and the course's percentages) that the script puts into
 * the button, the course tree and the header. It needs no Faces view, so a click works in any tab
 * however many lessons are open, and it costs a fraction of re-rendering the tree.
 *
 * <p>The request names the state it sets ({@code state=done} or {@code state=open}), never "toggle":
 * two tabs of one lesson cannot undo each other. Like {@link PositionServlet} it requires the
 * session and the custom {@value PositionServlet#HEADER} header, which a cross-site form or link
 * cannot send. Without the script the page's Faces form does the same (LessonView#toggleDone).
 */
@WebServlet(urlPatterns = "/progress/mark")
public class MarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern LESSON = Pattern.compile("[a-z0-9-]{1,100}");

    @EJB
    ProgressService progress;

    @EJB
    CourseCatalog catalog;

    @Inject
    CurrentLearner learner;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null || !learner.isSignedIn()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!"1".equals(request.getHeader(PositionServlet.HEADER))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String lessonId = request.getParameter("lesson");
        String state = request.getParameter("state");
        Course course = catalog.course();
        Optional<Lesson> lesson = lessonId != null && LESSON.matcher(lessonId).matches()
                ? course.lesson(lessonId) : Optional.empty();
        if (lesson.isEmpty() || !("done".equals(state) || "open".equals(state))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Set<String> done = progress.setDone(learner.getAccountId(), lessonId, "done".equals(state));
        CourseModule module = course.module(lesson.get().moduleId()).orElseThrow();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // Ids are [a-z0-9-] (checked above and by the content engine): nothing here needs escaping.
        response.getWriter().write("{\"lesson\":\"" + lessonId + "\",\"done\":" + done.contains(lessonId)
                + ",\"module\":\"" + module.id() + "\",\"modulePercent\":" + percent(done, module.lessons())
                + ",\"overallPercent\":" + percent(done, course.lessons()) + "}");
    }

    /** As {@link LearnerProgress} rounds it for the page, so the script shows what a reload would. */
    private static int percent(Set<String> done, List<Lesson> lessons) {
        long count = lessons.stream().filter(l -> done.contains(l.id())).count();
        return LearnerProgress.percent((int) count, lessons.size());
    }
}

package dev.courseportal.web.roadmap;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseModule;
import dev.courseportal.content.Lesson;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.domain.progress.entity.LessonProgress;
import dev.courseportal.web.learner.CurrentLearner;
import dev.courseportal.web.learner.LearnerProgress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/** The start page: the roadmap diagram, its text alternative, and "continue where you stopped". */
@Named
@RequestScoped
public class RoadmapView {

    @EJB
    CourseCatalog catalog;

    @EJB
    ProgressService progress;

    @Inject
    CurrentLearner learner;

    @Inject
    LearnerProgress learnerProgress;

    public List<CourseModule> getModules() {
        return catalog.course().modules();
    }

    public String getSvg() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String base = faces.getExternalContext().getRequestContextPath();
        List<RoadmapDiagram.Node> nodes = new ArrayList<>();
        for (CourseModule module : catalog.course().modules()) {
            String state = stateClass(module);
            int percent = learnerProgress.percentOf(module);
            String label = MessageFormat.format(msg.getString("roadmap.nodeLabel"), module.title(),
                    msg.getString("roadmap.state." + state), percent);
            nodes.add(new RoadmapDiagram.Node(module.id(), module.title(), module.buildsOn(), state, percent,
                    base + "/index.xhtml#module-" + module.id(), label));
        }
        return RoadmapDiagram.svg(nodes, msg.getString("roadmap.diagramLabel"));
    }

    public String stateClass(CourseModule module) {
        return switch (learnerProgress.stateOf(module)) {
            case DONE -> "done";
            case IN_PROGRESS -> "in-progress";
            case NOT_STARTED -> "not-started";
        };
    }

    public String titleOf(String moduleId) {
        return catalog.course().module(moduleId).map(CourseModule::title).orElse(moduleId);
    }

    /** Where "continue" leads: the last lesson visited and the heading reached there, else the first lesson. */
    public String getContinueUrl() {
        Course course = catalog.course();
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        Optional<LessonProgress> last = progress.lastVisited(learner.getAccountId())
                .filter(p -> course.lesson(p.lessonId()).isPresent());
        if (last.isPresent()) {
            String anchor = last.get().lastAnchor();
            return base + "/lesson.xhtml?id=" + last.get().lessonId() + (anchor == null ? "" : "#" + anchor);
        }
        return course.lessons().isEmpty() ? base + "/" : base + "/lesson.xhtml?id=" + course.lessons().get(0).id();
    }

    public Lesson getContinueLesson() {
        Course course = catalog.course();
        return progress.lastVisited(learner.getAccountId())
                .flatMap(p -> course.lesson(p.lessonId()))
                .orElse(course.lessons().isEmpty() ? null : course.lessons().get(0));
    }

    public boolean isStarted() {
        return progress.lastVisited(learner.getAccountId()).isPresent();
    }
}

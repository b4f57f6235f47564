package dev.courseportal.web.navigation;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseModule;
import dev.courseportal.content.Lesson;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.web.learner.LearnerProgress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The course tree of the sidebar: modules, then lessons with a completion mark; the current
 * lesson is selected and its module expanded.
 */
@Named
@RequestScoped
public class NavigationView {

    @EJB
    CourseCatalog catalog;

    @Inject
    LearnerProgress progress;

    private TreeNode<NavItem> root;

    public TreeNode<NavItem> getRoot() {
        if (root == null) {
            root = build(currentLessonId());
        }
        return root;
    }

    private TreeNode<NavItem> build(String currentLessonId) {
        Course course = catalog.course();
        TreeNode<NavItem> top = new DefaultTreeNode<>(new NavItem("course", null, course.title(), false, 0), null);
        for (CourseModule module : course.modules()) {
            TreeNode<NavItem> moduleNode = new DefaultTreeNode<>("module",
                    new NavItem(module.id(), null, module.title(), false, progress.percentOf(module)), top);
            for (Lesson lesson : module.lessons()) {
                TreeNode<NavItem> lessonNode = new DefaultTreeNode<>("lesson",
                        new NavItem(lesson.id(), lesson.id(), lesson.title(), progress.isDone(lesson.id()), 0),
                        moduleNode);
                if (lesson.id().equals(currentLessonId)) {
                    lessonNode.setSelected(true);
                    moduleNode.setExpanded(true);
                }
            }
        }
        return top;
    }

    private static String currentLessonId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null || !"/lesson.xhtml".equals(faces.getViewRoot().getViewId())) {
            return null;
        }
        // The view-scoped lesson bean knows the id on postbacks too, where no "id" parameter is sent.
        return faces.getApplication().evaluateExpressionGet(faces, "#{lessonView.id}", String.class);
    }
}

package dev.courseportal.web;

import dev.courseportal.content.Lesson;
import dev.courseportal.domain.catalog.CourseCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** One lesson, looked up by its stable id from the {@code id} view parameter. */
@Named
@RequestScoped
public class LessonView {

    @EJB
    CourseCatalog catalog;

    private String id;
    private Lesson lesson;

    public void load() throws IOException {
        lesson = id == null ? null : catalog.course().lesson(id).orElse(null);
        if (lesson == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "lesson");
            faces.responseComplete();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Lesson getLesson() {
        return lesson;
    }
}

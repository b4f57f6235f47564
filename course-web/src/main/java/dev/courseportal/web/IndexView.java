package dev.courseportal.web;

import dev.courseportal.content.CourseModule;
import dev.courseportal.domain.catalog.CourseCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The start page: the course's modules and their lessons. */
@Named
@RequestScoped
public class IndexView {

    @EJB
    CourseCatalog catalog;

    public List<CourseModule> getModules() {
        return catalog.course().modules();
    }
}

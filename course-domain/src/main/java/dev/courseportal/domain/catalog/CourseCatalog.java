package dev.courseportal.domain.catalog;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseLoader;
import dev.courseportal.content.search.CourseSearch;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * The course as the portal serves it: parsed, validated and rendered once at start from the
 * course-content jar, then shared read-only by every request.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// A page asks for the course dozens of times while it renders; the default (REQUIRED) began a JTA
// transaction for each of those calls, for a bean that never touches a database.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CourseCatalog {

    private static final Logger LOG = Logger.getLogger(CourseCatalog.class.getName());

    private volatile Course course;
    private volatile CourseSearch search;
    private volatile long loadMillis;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        long started = System.nanoTime();
        Course loaded = new CourseLoader().loadFromClasspath();
        loadMillis = (System.nanoTime() - started) / 1_000_000;
        search = CourseSearch.build(loaded);
        course = loaded;
        LOG.info(() -> "Course '" + loaded.title() + "' loaded: " + loaded.modules().size() + " modules, "
                + loaded.lessons().size() + " lessons in " + loadMillis + " ms, version "
                + loaded.contentVersion());
    }

    public Course course() {
        return course;
    }

    /** The full-text index over every lesson, built once with the course. */
    public CourseSearch search() {
        return search;
    }

    public boolean loaded() {
        return course != null;
    }

    public long loadMillis() {
        return loadMillis;
    }
}

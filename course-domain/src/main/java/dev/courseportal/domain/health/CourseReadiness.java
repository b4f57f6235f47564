package dev.courseportal.domain.health;

import dev.courseportal.domain.catalog.CourseCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the course has been parsed, validated and rendered. */
@Readiness
@ApplicationScoped
public class CourseReadiness implements HealthCheck {

    @EJB
    CourseCatalog catalog;

    @Override
    public HealthCheckResponse call() {
        if (!catalog.loaded()) {
            return HealthCheckResponse.down("course");
        }
        return HealthCheckResponse.named("course")
                .up()
                .withData("lessons", catalog.course().lessons().size())
                .withData("version", catalog.course().contentVersion())
                .build();
    }
}

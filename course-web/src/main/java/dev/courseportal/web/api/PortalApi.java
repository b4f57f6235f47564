package dev.courseportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The portal's REST API under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Debezium course portal API", version = "1",
                description = "Cohorts, rosters and learners' progress for a company LMS. Authenticate with "
                        + "HTTP Basic as a portal account: instructors see the cohorts they run, administrators "
                        + "every cohort, learners only their own progress."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PortalApi extends Application {
}

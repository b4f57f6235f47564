package dev.courseportal.domain.health;

import dev.courseportal.domain.platform.SchemaMigration;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive once the schema migration ran; a database outage makes the portal unready, not dead. */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

    @EJB
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("portal").up().withData("schema", migration.schemaVersion()).build();
    }
}

package dev.courseportal.web.lab;

import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.lab.status.EnvironmentStatus;
import dev.courseportal.lab.status.LabStatus;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The lab status page as JSON, {@code GET /api/lab/status}: the caller's lab environment, and for
 * an instructor or administrator every environment, each service with its latest probe and its
 * availability over 24 hours.
 */
@Path("lab/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lab", description = "Health of the learners' lab environments")
public class LabStatusResource {

    @EJB
    LabStatus status;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Lab status: the caller's environment (every environment for instructors and administrators)")
    @APIResponse(responseCode = "200", description = "environments with a card a service; never a credential")
    @APIResponse(responseCode = "401", description = "not signed in")
    public Response get(@Parameter(description = "language of the message texts: ru (default) or en")
                        @QueryParam("lang") String lang) {
        Caller who = caller.get();
        EnvironmentStatus own = status.forLearner(who.accountId());
        List<EnvironmentStatus> shown = new ArrayList<>(List.of(own));
        if (who.has(Role.INSTRUCTOR) || who.has(Role.ADMINISTRATOR)) {
            status.all().stream().filter(e -> e.id() != own.id()).forEach(shown::add);
        }
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
        JsonObject body = LabStatusJson.of(shown, own.id(), status.lastRun().orElse(null), locale);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(body).cacheControl(noStore).build();
    }
}

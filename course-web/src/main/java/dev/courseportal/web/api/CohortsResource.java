package dev.courseportal.web.api;

import dev.courseportal.domain.cohort.boundary.CohortProgress;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.cohort.boundary.CohortViews.CohortSummary;
import dev.courseportal.domain.cohort.boundary.CohortViews.Member;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cohorts for an LMS: those the caller runs, or every cohort for an administrator. */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cohorts", description = "Cohorts, their rosters and their progress")
public class CohortsResource {

    @EJB
    CohortService cohorts;

    @EJB
    CohortProgress progress;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The cohorts the caller runs (every cohort for an administrator)")
    @APIResponse(responseCode = "200", description = "the cohorts")
    @APIResponse(responseCode = "401", description = "not signed in")
    @APIResponse(responseCode = "403", description = "the caller is neither instructor nor administrator")
    public List<CohortSummary> list() {
        return cohorts.visibleTo(caller.get());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One cohort")
    @APIResponse(responseCode = "200", description = "the cohort")
    @APIResponse(responseCode = "403", description = "the caller does not run this cohort (or it does not exist)")
    public CohortSummary one(@PathParam("id") long id) {
        return cohorts.summary(caller.get(), id);
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "The cohort's learners")
    @APIResponse(responseCode = "200", description = "the roster")
    @APIResponse(responseCode = "403", description = "the caller does not run this cohort (or it does not exist)")
    public List<Member> members(@PathParam("id") long id) {
        return cohorts.members(caller.get(), id);
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "The cohort's progress: every learner's state in every lesson")
    @APIResponse(responseCode = "200", description = "the progress matrix")
    @APIResponse(responseCode = "403", description = "the caller does not run this cohort (or it does not exist)")
    public ApiViews.CohortProgress progress(@PathParam("id") long id) {
        return ApiViews.of(id, progress.matrix(caller.get(), id));
    }
}

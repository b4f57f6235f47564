package dev.courseportal.web.api;

import dev.courseportal.domain.cohort.boundary.CohortProgress;
import dev.courseportal.domain.cohort.boundary.CohortProgress.LearnerDetail;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One learner's progress: the learner's own, or a learner of a cohort the caller runs, or any for an administrator. */
@Path("learners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learners", description = "Learners' progress")
public class LearnersResource {

    @EJB
    CohortProgress progress;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("me/progress")
    @Operation(summary = "The caller's own progress")
    @APIResponse(responseCode = "200", description = "every lesson with its state, dates and quiz answers")
    public LearnerDetail mine() {
        return progress.learner(caller.get(), caller.get().accountId());
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "A learner's progress")
    @APIResponse(responseCode = "200", description = "every lesson with its state, dates and quiz answers")
    @APIResponse(responseCode = "403", description = "the caller is not this learner, not their instructor, not an administrator")
    public LearnerDetail of(@PathParam("id") long id) {
        return progress.learner(caller.get(), id);
    }
}

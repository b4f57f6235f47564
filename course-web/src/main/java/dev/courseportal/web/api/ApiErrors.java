package dev.courseportal.web.api;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refusals as JSON problems with the right status; never a stack trace. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** 403: the same answer whether the thing exists or not. */
    @Provider
    public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiViews.Problem("forbidden", null)).build();
        }
    }

    /** 400 with the message key of what was refused. */
    @Provider
    public static class BadInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiViews.Problem("invalid", e.messageKey())).build();
        }
    }
}

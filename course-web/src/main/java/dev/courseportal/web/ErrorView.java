package dev.courseportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The generic error page: never a stack trace for the user, a correlation id that also appears in
 * the server log beside the exception.
 */
@Named
@RequestScoped
public class ErrorView {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    private String correlationId;

    public String getCorrelationId() {
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString().substring(0, 8);
            Object error = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get("jakarta.servlet.error.exception");
            Object uri = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get("jakarta.servlet.error.request_uri");
            LOG.log(Level.SEVERE, "Request " + uri + " failed, correlation id " + correlationId,
                    error instanceof Throwable t ? t : null);
        }
        return correlationId;
    }
}

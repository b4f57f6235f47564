package dev.courseportal.web.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * Checks a postback's script nonce against its view's before any value is applied or any action
 * runs. PrimeFaces compares them only when it renders the answer, which a post that ends in a
 * redirect (the lesson page's "mark as done" without JavaScript) never reaches: its action would
 * already have run. A mismatch throws PrimeFaces' {@code CspException}, the request ends on the
 * error page and nothing is changed. Forms send the nonce themselves ({@link NonceFormRenderer}).
 */
public class NonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() && "true".equals(context.getExternalContext().getInitParameter("primefaces.CSP"))) {
            PrimeFacesContext.getCspState(context).getNonce();
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // the check is done before the phase
    }
}

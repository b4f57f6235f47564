package dev.courseportal.web.account;

import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import dev.courseportal.web.admin.AdminTexts;
import dev.courseportal.web.security.CurrentCaller;
import dev.courseportal.web.security.SingleSignOn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.ResourceBundle;

/**
 * Changing one's own password: the current one, the new one twice. An account that signs in at
 * the company's provider has no password here, and is sent there instead. The password fields
 * are never shown again, whatever the outcome.
 */
@Named
@RequestScoped
public class OwnPasswordView {

    @EJB
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    FacesContext faces;

    private Boolean own;
    private boolean changed;
    private String current;
    private String next;
    private String repeat;

    /** False for single sign-on: with OIDC on nobody signs in with a portal password, and such accounts have none. */
    public boolean isOwnPassword() {
        if (own == null) {
            own = !SingleSignOn.enabled() && accounts.hasOwnPassword(caller.get());
        }
        return own;
    }

    public void change() {
        char[] now = chars(current);
        char[] chosen = chars(next);
        char[] again = chars(repeat);
        current = null;
        next = null;
        repeat = null;
        try {
            if (!Arrays.equals(chosen, again)) {
                error("ownPassword.mismatch");
                return;
            }
            accounts.changeOwnPassword(caller.get(), now, chosen);
            changed = true;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("ownPassword.changed"), null));
        } catch (InvalidInputException e) {
            AdminTexts.refused(e);
        } finally {
            Arrays.fill(now, '\0');
            Arrays.fill(chosen, '\0');
            Arrays.fill(again, '\0');
        }
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    private void error(String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    private String text(String key) {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return msg.getString(key);
    }

    public boolean isChanged() {
        return changed;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}

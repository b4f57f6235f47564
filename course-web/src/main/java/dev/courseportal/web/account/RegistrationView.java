package dev.courseportal.web.account;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import dev.courseportal.web.admin.AdminTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.ResourceBundle;

/**
 * The self-registration page, and the sign-in page's question whether to offer it. Registration
 * is off unless the operator opened it; the page then says so and shows no form, and the service
 * refuses a request that arrives anyway. A new account is a learner's and signs in as usual.
 */
@Named
@RequestScoped
public class RegistrationView {

    @EJB
    AccountService accounts;

    @Inject
    FacesContext faces;

    private Boolean open;
    private String username;
    private String displayName;
    private String email;
    private String password;
    private String repeat;

    /** Asked once per request: the switch can change on a running server (a system property). */
    public boolean isOpen() {
        if (open == null) {
            open = accounts.selfRegistrationOpen();
        }
        return open;
    }

    public void register() throws IOException {
        char[] chosen = password == null ? new char[0] : password.toCharArray();
        password = null;
        try {
            if (isOpen() && !Arrays.equals(chosen, repeat == null ? new char[0] : repeat.toCharArray())) {
                error("register.mismatch");
                return;
            }
            accounts.register(username, displayName, email, chosen);
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?registered=true");
        } catch (InvalidInputException e) {
            AdminTexts.refused(e);
        } catch (AccessDeniedException e) {
            // Closed while the form was open (or a request that never saw the form).
            open = false;
            error("register.closed");
        } finally {
            Arrays.fill(chosen, '\0');
            repeat = null;
        }
    }

    private void error(String key) {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString(key), null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}

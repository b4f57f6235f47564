package dev.courseportal.web.admin;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.AccountAdministration;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One account for an administrator: names, e-mail and roles (saved only if nobody else saved the
 * account meanwhile), deactivation and reactivation, password reset, lifting a lockout.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountAdministration administration;

    @Inject
    CurrentCaller caller;

    private Long id;
    private AccountRow account;
    private boolean denied;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private long version;
    private String newPassword;
    private String generatedPassword;

    /** Runs before the page renders: a missing or unknown id is a clear message, not an error page. */
    public void load() {
        if (id == null) {
            AdminTexts.error("refused.account.notFound");
            return;
        }
        act(() -> administration.byId(caller.get(), id));
    }

    public void save() {
        act(() -> administration.update(caller.get(), id, version, displayName, email, AccountsView.rolesNamed(roles)),
                "account.saved");
    }

    public void deactivate() {
        act(() -> administration.deactivate(caller.get(), id), "account.deactivated");
    }

    public void reactivate() {
        act(() -> administration.reactivate(caller.get(), id), "account.reactivated");
    }

    public void unlock() {
        act(() -> administration.unlock(caller.get(), id), "account.unlocked");
    }

    public void resetPassword() {
        generatedPassword = null;
        try {
            generatedPassword = administration.resetPassword(caller.get(), id,
                    newPassword == null || newPassword.isEmpty() ? null : newPassword.toCharArray());
            AdminTexts.info("account.passwordReset");
            act(() -> administration.byId(caller.get(), id));
        } catch (InvalidInputException e) {
            AdminTexts.refused(e);
        } catch (AccessDeniedException e) {
            denied = true;
            AdminTexts.denied(e);
        } finally {
            newPassword = null;
        }
    }

    private void act(Supplier<Account> action, String doneKey) {
        if (act(action)) {
            AdminTexts.info(doneKey);
        }
    }

    private boolean act(Supplier<Account> action) {
        try {
            show(action.get());
            return true;
        } catch (InvalidInputException e) {
            AdminTexts.refused(e);
        } catch (AccessDeniedException e) {
            denied = true;
            AdminTexts.denied(e);
        }
        return false;
    }

    private void show(Account loaded) {
        account = AccountRow.of(loaded);
        displayName = loaded.displayName();
        email = loaded.email();
        roles = new ArrayList<>(loaded.roles().stream().map(Role::name).toList());
        version = loaded.version();
    }

    public boolean isFound() {
        return account != null && !denied;
    }

    public AccountRow getAccount() {
        return account;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getGeneratedPassword() {
        return generatedPassword;
    }
}

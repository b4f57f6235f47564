package dev.courseportal.web.admin;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.AccountAdministration;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The accounts page: a filtered, paged list and the form that creates an account. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountAdministration administration;

    @Inject
    CurrentCaller caller;

    private String text;
    private String status = "all";
    private String role;
    private final Model model = new Model();

    private String newUsername;
    private String newDisplayName;
    private String newEmail;
    private List<String> newRoles = new ArrayList<>(List.of(Role.LEARNER.name()));
    private String newPassword;
    private String generatedPassword;
    private String createdUsername;

    /** The accounts table, a page at a time from the database, sorted and filtered there. */
    public class Model extends LazyDataModel<AccountRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(caller.get(), filter());
        }

        @Override
        public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return administration.find(caller.get(), filter(), first, pageSize,
                    sort == null ? "username" : sort.getField(), ascending).stream().map(AccountRow::of).toList();
        }

        @Override
        public String getRowKey(AccountRow row) {
            return String.valueOf(row.id());
        }
    }

    public Model getModel() {
        return model;
    }

    AccountAdministration.Filter filter() {
        Boolean active = switch (status == null ? "all" : status) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            default -> null;
        };
        return new AccountAdministration.Filter(text, active, roleNamed(role));
    }

    public void create() {
        generatedPassword = null;
        createdUsername = null;
        try {
            Set<Role> roles = rolesNamed(newRoles);
            AccountAdministration.Created created = administration.create(caller.get(),
                    new AccountAdministration.NewAccount(newUsername, newDisplayName, newEmail, roles,
                            newPassword == null || newPassword.isEmpty() ? null : newPassword.toCharArray()));
            createdUsername = created.account().username();
            generatedPassword = created.generatedPassword();
            AdminTexts.info("accounts.created", createdUsername);
            newUsername = null;
            newDisplayName = null;
            newEmail = null;
            newRoles = new ArrayList<>(List.of(Role.LEARNER.name()));
        } catch (InvalidInputException e) {
            AdminTexts.refused(e);
        } catch (AccessDeniedException e) {
            AdminTexts.denied(e);
        } finally {
            newPassword = null;
        }
    }

    /** A role from a request parameter; anything else (a tampered value) means "no role". */
    static Role roleNamed(String name) {
        for (Role candidate : Role.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    static Set<Role> rolesNamed(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Role role = roleNamed(name);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles == null ? new ArrayList<>() : new ArrayList<>(newRoles);
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

    public String getCreatedUsername() {
        return createdUsername;
    }
}

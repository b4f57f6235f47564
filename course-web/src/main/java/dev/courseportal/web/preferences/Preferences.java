package dev.courseportal.web.preferences;

import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.web.learner.CurrentLearner;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * Interface language and colour theme of this session, remembered per account. Russian unless the
 * learner chose English: the course is Russian, so the browser's Accept-Language does not decide it.
 */
@Named
@SessionScoped
public class Preferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    @Inject
    CurrentLearner learner;

    private boolean loaded;
    private String language = "ru";
    private String theme = "light";

    private void load() {
        if (loaded || !learner.isSignedIn()) {
            return;
        }
        accounts.byId(learner.getAccountId()).ifPresent(account -> {
            language = account.locale();
            theme = account.theme();
        });
        loaded = true;
    }

    public Locale getLocale() {
        load();
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        load();
        return language;
    }

    public String getTheme() {
        load();
        return theme;
    }

    public boolean isDark() {
        return "dark".equals(getTheme());
    }

    /** The PrimeFaces theme that matches the portal's colours. */
    public String getPrimefacesTheme() {
        return isDark() ? "vela" : "saga";
    }

    public String chooseLanguage(String chosen) {
        if ("ru".equals(chosen) || "en".equals(chosen)) {
            load();
            language = chosen;
            save();
        }
        return samePage();
    }

    public String toggleTheme() {
        load();
        theme = isDark() ? "light" : "dark";
        save();
        return samePage();
    }

    private void save() {
        if (learner.isSignedIn()) {
            accounts.choosePreferences(learner.getAccountId(), theme, language);
        }
    }

    /** A fresh GET of the same page with its parameters, so every part of it (PrimeFaces' theme too) follows. */
    private static String samePage() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }
}

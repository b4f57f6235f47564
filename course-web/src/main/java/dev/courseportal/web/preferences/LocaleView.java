package dev.courseportal.web.preferences;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The interface language of this session. Russian unless the learner chose English: the course is
 * Russian, so the browser's Accept-Language does not decide it.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Set<String> SUPPORTED = Set.of("ru", "en");

    private Locale locale = RUSSIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language; anything but a supported language tag is ignored. */
    public void choose(String language) {
        if (language != null && SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getViewRoot() != null) {
                faces.getViewRoot().setLocale(locale);
            }
        }
    }
}

package dev.courseportal.web.platform;

import dev.courseportal.web.preferences.Preferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * The "temporarily unavailable" page: always 503, in the language the person chose when the
 * session already knows it, Russian otherwise (it must not need the database to find out).
 */
@Named
@RequestScoped
public class UnavailableView {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Inject
    Preferences preferences;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            try {
                locale = preferences.getLocale();
            } catch (RuntimeException e) {
                // The preference is in the database that just failed: fall back to the course's language.
                locale = RUSSIAN;
            }
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Whoever opens the page gets its status too, so that no cache or monitor takes it for content. */
    public void markUnavailable() {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext()
                .getResponse();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutageFilter.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
    }
}

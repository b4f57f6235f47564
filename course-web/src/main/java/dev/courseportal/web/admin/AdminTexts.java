package dev.courseportal.web.admin;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The admin bundle ({@code adm}) for beans and servlets: texts, and refusals turned into messages
 * in the person's language. Shared by the admin, instructor and cohort screens.
 */
public final class AdminTexts {

    public static final String BUNDLE = "dev.courseportal.web.admin";

    private AdminTexts() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces != null ? faces.getApplication().getResourceBundle(faces, "adm")
                : ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("ru"));
        return format(bundle, key, args);
    }

    public static String text(Locale locale, String key, Object... args) {
        return format(ResourceBundle.getBundle(BUNDLE, locale), key, args);
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.generic");
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, text(key, args));
    }

    /** A refused input as a page message; the key's arguments come from the domain. */
    public static void refused(InvalidInputException e) {
        List<String> args = e.args();
        add(FacesMessage.SEVERITY_ERROR, null, text("refused." + e.messageKey(), args.toArray()));
    }

    /** A refusal of access: the page shows the same words whether or not the thing exists, and answers 403. */
    public static void denied(AccessDeniedException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        add(FacesMessage.SEVERITY_ERROR, null, text("error.forbidden"));
    }

    private static void add(FacesMessage.Severity severity, String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

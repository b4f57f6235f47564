package dev.courseportal.domain.account.boundary;

import dev.courseportal.domain.account.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * First start: one administrator from {@code PORTAL_ADMIN_USERNAME}/{@code PORTAL_ADMIN_PASSWORD}, or
 * with a generated password printed once; demo accounts only when {@code PORTAL_DEMO_ACCOUNTS=true}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @EJB
    AccountService accounts;

    @PostConstruct
    void bootstrap() {
        StringBuilder banner = new StringBuilder();
        if (accounts.count() == 0) {
            String username = env("PORTAL_ADMIN_USERNAME", "admin");
            String given = System.getenv("PORTAL_ADMIN_PASSWORD");
            String password = given != null && !given.isBlank() ? given : generatedPassword();
            accounts.create(username, "Administrator", EnumSet.of(Role.ADMINISTRATOR), password.toCharArray());
            banner.append(line("administrator", username, given != null && !given.isBlank() ? "(from PORTAL_ADMIN_PASSWORD)" : password));
        }
        if (Boolean.parseBoolean(env("PORTAL_DEMO_ACCOUNTS", "false"))) {
            String given = System.getenv("PORTAL_DEMO_PASSWORD");
            demo(banner, "learner", "Демо Слушатель", EnumSet.of(Role.LEARNER), given);
            demo(banner, "instructor", "Демо Преподаватель", EnumSet.of(Role.INSTRUCTOR, Role.LEARNER), given);
            demo(banner, "demo-admin", "Демо Администратор", EnumSet.of(Role.ADMINISTRATOR, Role.INSTRUCTOR), given);
        }
        if (banner.length() > 0) {
            LOG.warning("\n================ Course portal accounts (shown once) ================\n" + banner
                    + "Change these passwords after the first sign-in.\n"
                    + "======================================================================");
        }
    }

    private void demo(StringBuilder banner, String username, String displayName, Set<Role> roles, String given) {
        if (accounts.byUsername(username).isPresent()) {
            return;
        }
        String password = given != null && !given.isBlank() ? given : generatedPassword();
        accounts.create(username, displayName, roles, password.toCharArray());
        banner.append(line(username, username, given != null && !given.isBlank() ? "(from PORTAL_DEMO_PASSWORD)" : password));
    }

    private static String line(String what, String username, String password) {
        return String.format("  %-14s user: %-12s password: %s%n", what, username, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String generatedPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}

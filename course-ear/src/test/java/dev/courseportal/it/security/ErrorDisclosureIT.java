package dev.courseportal.it.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.RequestOptions;
import dev.courseportal.it.Portal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No response tells an attacker how the portal is built: bad URLs, bad parameters, broken form
 * posts, expired views and REST errors answer without a stack trace, a server name or version, or
 * SQL. The generic error page shows a correlation id, and that id is in the server log beside the
 * failure, so support can find it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorDisclosureIT {

    /** What must never reach a person: a stack frame, an exception name, the server's make, SQL. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat (?:java|jakarta|org|com|io|dev)\\.[\\w.$]+\\("),
            Pattern.compile("\\b\\w+(?:Exception|Error):"),
            Pattern.compile("(?i)wildfly|undertow|jboss|mojarra|hibernate|resteasy|elytron"),
            Pattern.compile("(?i)\\b(?:select \\S.* from|insert into|update \\w+ set|sqlstate|org\\.h2|psqlexception)\\b"));
    private static final Pattern CORRELATION = Pattern.compile("<code class=\"correlation-id\">([0-9a-f]{8})</code>");
    private static Probe probe;
    private static int probes;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SecurityDeployment.withFixtures();
    }

    @BeforeAll
    static void launch() {
        probe = new Probe();
        Probe.fixture("account", "username", "sec-admin", "name", "Security admin", "role", "ADMINISTRATOR");
    }

    @AfterAll
    static void close() {
        if (probe != null) {
            probe.close();
        }
        System.out.println("ErrorDisclosureIT: " + probes + " error probes");
    }

    private static String leakFree(String what, APIResponse response) {
        probes++;
        String body = response.text();
        for (Pattern leak : LEAKS) {
            Matcher found = leak.matcher(body);
            assertFalse(found.find(), () -> what + " (" + response.status() + ") leaks '" + found.group() + "'");
        }
        response.headersArray().forEach(h -> assertFalse(LEAKS.get(2).matcher(h.value).find() && !h.name.equalsIgnoreCase("Set-Cookie"),
                () -> what + " header " + h.name + ": " + h.value));
        return body;
    }

    @Test
    void errorsTellNothingAboutTheServer() {
        BrowserContext admin = probe.signedIn("sec-admin", SecurityFixtures.PASSWORD);
        BrowserContext anonymous = probe.anonymous();
        List<String> gets = List.of("no-such-page.xhtml", "no-such-dir/", "WEB-INF/web.xml", "META-INF/MANIFEST.MF",
                "jakarta.faces.resource/..%2fWEB-INF%2fweb.xml.xhtml", "jakarta.faces.resource/no-such.js.xhtml?ln=portal",
                "lesson.xhtml?id=%27%22%3E", "lesson.xhtml?id=" + "x".repeat(5000), "instructor/cohort.xhtml?id=abc",
                "instructor/cohort.xhtml?id=-1", "instructor/dashboard.xhtml?id=1&days=many", "admin/account.xhtml?id=1e99",
                "instructor/learner.xhtml?cohort=x&learner=y", "search.xhtml?q=%22%5C*%3A(", "progress/export?format=xml",
                "instructor/matrix-export?cohort=abc&format=csv", "api/cohorts/abc", "api/cohorts/999999999",
                "api/learners/abc/progress", "api/no-such", "api/lab/status?environment=%27", "course-assets/..%2f..%2fetc%2fpasswd",
                "error/error.xhtml", "error/expired.xhtml");
        for (String path : gets) {
            leakFree("GET /" + path, admin.request().get(Portal.resolve(path).toString(), RequestOptions.create().setMaxRedirects(0)));
            leakFree("anonymous GET /" + path, anonymous.request().get(Portal.resolve(path).toString(),
                    RequestOptions.create().setMaxRedirects(0)));
        }
        String expired = leakFree("forged view state", admin.request().post(Portal.resolve("index.xhtml").toString(),
                RequestOptions.create().setHeader("Content-Type", "application/x-www-form-urlencoded")
                        .setData("prefs=prefs&prefs%3Atheme=x&jakarta.faces.ViewState=1%3A2")));
        assertTrue(expired.contains("Страница устарела"), "an expired or forged view state ends on the friendly page");
        leakFree("broken ajax post", admin.request().post(Portal.resolve("index.xhtml").toString(), RequestOptions.create()
                .setHeader("Faces-Request", "partial/ajax").setHeader("Content-Type", "application/x-www-form-urlencoded")
                .setData("jakarta.faces.partial.ajax=true&jakarta.faces.source=%3C&jakarta.faces.ViewState=1%3A2")));
        leakFree("REST with a bad body", admin.request().post(Portal.resolve("api/admin/backup").toString(), RequestOptions.create()
                .setHeader("Content-Type", "application/json").setData("{\"not\": [valid")));
        leakFree("REST with bad credentials", anonymous.request().get(Portal.resolve("api/cohorts").toString(),
                RequestOptions.create().setHeader("Authorization", "Basic %%%not-base64")));
        admin.close();
        anonymous.close();
    }

    @Test
    void theErrorPagesCorrelationIdIsInTheServerLog() throws IOException {
        BrowserContext admin = probe.signedIn("sec-admin", SecurityFixtures.PASSWORD);
        // A multipart post whose body breaks off: the upload cannot be read, which no page handles.
        APIResponse failed = admin.request().post(Portal.resolve("progress.xhtml").toString(), RequestOptions.create()
                .setHeader("Content-Type", "multipart/form-data; boundary=XYZ")
                .setData("--XYZ\r\nContent-Disposition: form-data; name=\"import:file\"; filename=\"a.json\"\r\n\r\n{"));
        String body = leakFree("broken upload", failed);
        List<String> ids = new ArrayList<>();
        Matcher id = CORRELATION.matcher(body);
        if (!id.find()) {
            // Whatever the container made of the broken upload, the generic page itself always carries an id.
            id = CORRELATION.matcher(leakFree("error page", admin.request().get(Portal.resolve("error/error.xhtml").toString())));
            assertTrue(id.find(), "the generic error page shows a correlation id");
        }
        ids.add(id.group(1));
        Path log = Path.of(System.getProperty("portal.server.dir", "target/server"), "standalone", "log", "server.log");
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(logged.contains("correlation id " + ids.get(0)), () -> "the id " + ids + " is in " + log);
        admin.close();
    }
}

package dev.courseportal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.HttpHeader;
import com.microsoft.playwright.options.RequestOptions;
import dev.courseportal.it.Portal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security headers on every kind of response the portal gives: Faces pages, their resources,
 * WebJars, error pages, REST answers, servlets and downloads, signed in and not. Then every page
 * and every lesson in Chromium under the real policy: a script or style the policy blocks shows as
 * a console error and fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/(?:jakarta\\.faces\\.resource|webjars)/[^\"]+)\"");
    private static final Pattern LESSON_LINK = Pattern.compile("href=\"/lesson\\.xhtml\\?id=([a-z0-9-]+)\"");
    private static Probe probe;
    private static int checked;

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
        System.out.println("SecurityHeadersIT: " + checked + " responses checked");
    }

    private static List<String> all(APIResponse response, String name) {
        return response.headersArray().stream().filter(h -> h.name.equalsIgnoreCase(name)).map(h -> h.value).toList();
    }

    /** The headers every response must carry, whatever produced it. */
    private static void secured(String what, APIResponse response) {
        checked++;
        List<String> policies = all(response, "Content-Security-Policy");
        assertEquals(1, policies.size(), () -> what + ": one policy, got " + policies);
        String policy = policies.get(0);
        for (String directive : List.of("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")) {
            assertTrue(policy.contains(directive), () -> what + ": " + directive + " missing in " + policy);
        }
        assertFalse(policy.matches(".*script-src[^;]*'unsafe-(inline|eval)'.*"), () -> what + ": scripts stay strict: " + policy);
        assertEquals(List.of("nosniff"), all(response, "X-Content-Type-Options"), what);
        assertEquals(List.of("strict-origin-when-cross-origin"), all(response, "Referrer-Policy"), what);
        assertEquals(List.of("DENY"), all(response, "X-Frame-Options"), what);
        assertTrue(all(response, "X-Powered-By").isEmpty(), () -> what + ": no X-Powered-By");
        assertTrue(all(response, "Server").stream().noneMatch(s -> s.matches(".*\\d.*")), () -> what + ": no server version");
        // Plain HTTP, and the server trusts no X-Forwarded-Proto unless told to: no HSTS.
        assertTrue(all(response, "Strict-Transport-Security").isEmpty(), () -> what + ": no HSTS over HTTP");
        String type = String.valueOf(response.headers().get("content-type")).toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") && !policy.contains("script-src")) {
            // HTML the application did not render (the container's 401 body): the fallback runs no script at all.
            assertTrue(policy.contains("default-src 'none'"), () -> what + ": " + policy);
        } else if (type.startsWith("text/html")) {
            Matcher nonce = NONCE.matcher(policy);
            assertTrue(nonce.find(), () -> what + ": a page's policy names its script nonce: " + policy);
            Matcher tag = SCRIPT_TAG.matcher(response.text());
            while (tag.find()) {
                String script = tag.group();
                assertTrue(script.contains(" src=\"/") || script.contains("nonce=\"" + nonce.group(1) + "\""),
                        () -> what + ": an inline script without the nonce: " + script);
            }
        }
    }

    private static APIResponse fetch(BrowserContext context, String path) {
        return context.request().get(Portal.resolve(path).toString(),
                RequestOptions.create().setMaxRedirects(0).setHeader("X-Forwarded-Proto", "https"));
    }

    @Test
    void everyKindOfResponseCarriesTheHeaders() {
        BrowserContext anonymous = probe.anonymous();
        APIResponse login = fetch(anonymous, "login.xhtml");
        secured("sign-in page", login);
        String cookie = all(login, "Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        for (String path : List.of("", "index.xhtml", "admin/accounts.xhtml", "error/error.xhtml", "error/expired.xhtml",
                "error/not-found.xhtml", "no-such-page.xhtml", "no-such-file.txt", "api/cohorts", "api/learners/me/progress",
                "progress/export?format=csv", "webjars/highlightjs/11.10.0/highlight.min.js",
                "webjars/mermaid/11.6.0/dist/mermaid.min.js", "webjars/no-such.js")) {
            secured("anonymous /" + path, fetch(anonymous, path));
        }
        secured("anonymous POST /progress/position", anonymous.request().post(Portal.resolve("progress/position").toString(),
                RequestOptions.create().setMaxRedirects(0)));

        BrowserContext admin = probe.signedIn("sec-admin", SecurityFixtures.PASSWORD);
        Set<String> assets = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>(List.of("", "index.xhtml", "progress.xhtml", "search.xhtml?q=kafka", "capstone.xhtml",
                "cohorts/mine.xhtml", "lab/status.xhtml", "lab/environments.xhtml", "admin/accounts.xhtml", "admin/audit.xhtml",
                "instructor/cohorts.xhtml", "instructor/dashboard.xhtml", "error/error.xhtml", "no-such-page.xhtml",
                "lesson.xhtml?id=no-such-lesson", "instructor/cohort.xhtml?id=not-a-number"));
        pages.add("lesson.xhtml?id=" + lessons(admin).get(0));
        for (String path : pages) {
            APIResponse page = fetch(admin, path);
            secured("signed-in /" + path, page);
            Matcher asset = ASSET.matcher(page.text());
            while (asset.find()) {
                assets.add(asset.group(1).replace("&amp;", "&"));
            }
        }
        assertTrue(assets.size() >= 5, () -> "the pages' scripts and styles: " + assets);
        for (String asset : assets) {
            secured("asset " + asset, fetch(admin, asset));
        }
        for (String path : List.of("progress/export?format=csv", "progress/export?format=json", "api/learners/me/progress",
                "api/cohorts", "api/no-such-resource", "instructor/matrix-export?cohort=0&format=csv", "admin/audit-export",
                "course-assets/no-such.png")) {
            secured("signed-in /" + path, fetch(admin, path));
        }
        anonymous.close();
        admin.close();
    }

    private static List<String> lessons(BrowserContext context) {
        String index = fetch(context, "index.xhtml").text();
        Matcher link = LESSON_LINK.matcher(index);
        Set<String> ids = new LinkedHashSet<>();
        while (link.find()) {
            ids.add(link.group(1));
        }
        assertFalse(ids.isEmpty(), "the course tree links its lessons");
        return List.copyOf(ids);
    }

    @Test
    void everyPageAndLessonRunsUnderThePolicyWithoutAViolation() {
        BrowserContext admin = probe.signedIn("sec-admin", SecurityFixtures.PASSWORD);
        List<String> paths = new ArrayList<>(List.of("index.xhtml", "progress.xhtml", "search.xhtml?q=connector", "capstone.xhtml",
                "cohorts/mine.xhtml", "lab/status.xhtml", "lab/environments.xhtml", "admin/accounts.xhtml", "admin/audit.xhtml",
                "instructor/cohorts.xhtml", "instructor/dashboard.xhtml", "error/error.xhtml"));
        paths.addAll(lessons(admin).stream().map(id -> "lesson.xhtml?id=" + id).collect(Collectors.toList()));
        for (String path : paths) {
            Probe.visit(admin, path);
        }
        Page lesson = admin.newPage();
        lesson.navigate(Portal.resolve(paths.get(paths.size() - 1)).toString());
        lesson.locator("[id='done-form:toggle-done']").click();
        lesson.waitForLoadState();
        lesson.locator("[id='done-form:toggle-done']").click();
        lesson.waitForLoadState();
        admin.close();
        System.out.println("SecurityHeadersIT: " + paths.size() + " pages run in Chromium under the policy");
        assertTrue(probe.findings.isEmpty(), () -> "the policy blocked something or a script failed: " + probe.findings);
    }
}

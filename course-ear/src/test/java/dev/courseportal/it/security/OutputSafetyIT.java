package dev.courseportal.it.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.courseportal.it.Portal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every XSS vector of the corpus goes in wherever a person's text reaches a page (display names,
 * cohort names, capstone title/summary/link, search queries and their echo, progress-import
 * rejections, URLs that end on an error page) and must come out inert: no dialog opens in
 * Chromium, no console error (a vector the content security policy had to block would show as
 * one), and the served HTML holds no vector unescaped. {@link #VISITS} counts the pages looked at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutputSafetyIT {

    static final List<String> VECTORS = XssCorpus.vectors();
    static final AtomicInteger VISITS = new AtomicInteger();
    private static Probe probe;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SecurityDeployment.withFixtures();
    }

    @BeforeAll
    static void launch() {
        probe = new Probe();
        Probe.fixture("account", "username", "sec-admin", "name", "Security admin", "role", "ADMINISTRATOR");
        Probe.fixture("account", "username", "sec-teacher", "name", "Security teacher", "role", "INSTRUCTOR");
        Probe.fixture("account", "username", "sec-learner", "name", "Security learner", "role", "LEARNER");
    }

    @AfterAll
    static void close() {
        if (probe != null) {
            probe.close();
        }
        System.out.println("OutputSafetyIT: " + VECTORS.size() + " vectors, " + VISITS.get() + " pages checked");
    }

    private static String inert(BrowserContext context, String path) {
        VISITS.incrementAndGet();
        String html = Probe.visit(context, path);
        List<String> survivors = XssCorpus.survivors(html, VECTORS);
        assertTrue(survivors.isEmpty(), () -> path + " holds unescaped vectors: " + survivors);
        return html;
    }

    private static void noneRan() {
        assertTrue(probe.findings.isEmpty(), () -> "vectors ran or were blocked by the policy: " + probe.findings);
    }

    @Test
    void corpusIsLargeEnough() {
        assertTrue(VECTORS.size() >= 50, () -> "only " + VECTORS.size() + " vectors");
    }

    @Test
    void displayNamesAndCohortNamesStayTextOnStaffScreens() {
        long cohort = Long.parseLong(Probe.fixture("cohort", "instructor", "sec-teacher", "name", "Security XSS cohort"));
        List<String> accountIds = new ArrayList<>();
        List<String> cohortIds = new ArrayList<>();
        for (int i = 0; i < VECTORS.size(); i++) {
            String username = String.format("sec-xss-%02d", i);
            String id = Probe.fixture("account", "username", username, "name", VECTORS.get(i), "role", "LEARNER");
            if (!"refused".equals(id)) {
                accountIds.add(id);
                Probe.fixture("enroll", "cohort", String.valueOf(cohort), "username", username);
            }
            String named = Probe.fixture("cohort", "instructor", "sec-teacher", "name", VECTORS.get(i));
            if (!"refused".equals(named)) {
                cohortIds.add(named);
            }
        }
        assertTrue(accountIds.size() >= VECTORS.size() / 2, "most vectors are accepted as display names: " + accountIds.size());
        assertTrue(cohortIds.size() >= VECTORS.size() / 2, "most vectors are accepted as cohort names: " + cohortIds.size());

        BrowserContext admin = probe.signedIn("sec-admin", SecurityFixtures.PASSWORD);
        inert(admin, "admin/accounts.xhtml");
        inert(admin, "admin/audit.xhtml");
        for (String id : accountIds) {
            inert(admin, "admin/account.xhtml?id=" + id);
        }
        BrowserContext teacher = probe.signedIn("sec-teacher", SecurityFixtures.PASSWORD);
        inert(teacher, "instructor/cohorts.xhtml");
        inert(teacher, "instructor/cohort.xhtml?id=" + cohort);
        inert(teacher, "instructor/dashboard.xhtml?id=" + cohort);
        for (String id : cohortIds) {
            inert(teacher, "instructor/cohort.xhtml?id=" + id);
        }
        admin.close();
        teacher.close();
        noneRan();
    }

    @Test
    void capstoneSubmissionsStayText() {
        int refusedLinks = 0;
        for (int i = 0; i < VECTORS.size(); i++) {
            String vector = VECTORS.get(i);
            // The vector as title and summary with a valid link, then as the link itself.
            Probe.fixture("capstone", "username", "sec-learner", "title", "T" + i + " " + vector,
                    "url", "https://git.example/capstone", "summary", vector + " summary long enough to pass");
            String asLink = Probe.fixture("capstone", "username", "sec-learner", "title", "L" + i,
                    "url", vector, "summary", "The link of this submission is vector " + i);
            refusedLinks += "refused".equals(asLink) ? 1 : 0;
        }
        assertTrue(refusedLinks > 0, "a link that is no http(s) URL is refused");
        BrowserContext learner = probe.signedIn("sec-learner", SecurityFixtures.PASSWORD);
        String html = inert(learner, "capstone.xhtml");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the first vector shows as text");
        learner.close();
        noneRan();
    }

    @Test
    void searchQueriesAndTheirEchoStayText() {
        BrowserContext learner = probe.signedIn("sec-learner", SecurityFixtures.PASSWORD);
        for (String vector : VECTORS) {
            inert(learner, "search.xhtml?q=" + URLEncoder.encode(vector, StandardCharsets.UTF_8));
        }
        learner.close();
        noneRan();
    }

    @Test
    void urlsThatEndOnAnErrorPageStayText() {
        BrowserContext learner = probe.signedIn("sec-learner", SecurityFixtures.PASSWORD);
        for (String vector : VECTORS) {
            String encoded = URLEncoder.encode(vector, StandardCharsets.UTF_8);
            inert(learner, "lesson.xhtml?id=" + encoded);
            // Two more error paths per vector, read as served (no browser: the page is the same template).
            for (String path : List.of("instructor/cohort.xhtml?id=" + encoded, "no-such-page-" + encoded.replace("%2F", "-") + ".xhtml")) {
                VISITS.incrementAndGet();
                List<String> survivors = XssCorpus.survivors(Probe.get(learner, path).text(), VECTORS);
                assertTrue(survivors.isEmpty(), () -> path + " holds unescaped vectors: " + survivors);
            }
        }
        learner.close();
        noneRan();
    }

    @Test
    void rejectedImportEntriesAreReportedAsText() {
        String known = firstLessonId();
        String now = Instant.now().toString();
        List<String> entries = new ArrayList<>();
        for (String vector : VECTORS) {
            entries.add(entry(vector, "DONE", now));
            entries.add(entry(known, vector, now));
        }
        String json = "{\"format\":\"course-portal-progress\",\"version\":1,\"lessons\":[" + String.join(",", entries) + "]}";
        BrowserContext learner = probe.signedIn("sec-learner", SecurityFixtures.PASSWORD);
        Page page = learner.newPage();
        page.navigate(Portal.resolve("progress.xhtml").toString());
        page.locator("[id='import:file']").setInputFiles(new FilePayload("hostile.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8)));
        com.microsoft.playwright.Response response = page.waitForNavigation(() -> page.locator("[id='import:importButton']").click());
        VISITS.incrementAndGet();
        String html = response == null ? page.content() : response.text();
        List<String> survivors = XssCorpus.survivors(html, VECTORS);
        assertTrue(survivors.isEmpty(), () -> "the import report holds unescaped vectors: " + survivors);
        assertTrue(html.contains("&lt;img src=x onerror=alert(8)&gt;"), "the rejected lesson id is shown, escaped");
        page.close();
        learner.close();
        noneRan();
    }

    @Test
    void spreadsheetExportsNeutraliseFormulas() throws Exception {
        long cohort = Long.parseLong(Probe.fixture("cohort", "instructor", "sec-teacher", "name", "Security formula cohort"));
        List<String> formulas = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1,2)", "-2+3", "@SUM(A1)");
        for (int i = 0; i < formulas.size(); i++) {
            String username = "sec-formula-" + i;
            assertTrue(!"refused".equals(Probe.fixture("account", "username", username, "name", formulas.get(i), "role", "LEARNER")));
            Probe.fixture("enroll", "cohort", String.valueOf(cohort), "username", username);
        }
        BrowserContext teacher = probe.signedIn("sec-teacher", SecurityFixtures.PASSWORD);
        String csv = Probe.get(teacher, "instructor/matrix-export?cohort=" + cohort + "&format=csv").text();
        for (int i = 0; i < formulas.size(); i++) {
            String row = "sec-formula-" + i + ",";
            String formula = formulas.get(i);
            assertTrue(csv.contains(row + "'") || csv.contains(row + "\"'"), () -> formula + " is written as text in " + csv);
        }
        assertTrue(java.util.regex.Pattern.compile("(^|[,\\n])\"?[=+@-]").matcher(csv).results().findAny().isEmpty(),
                () -> "no cell starts with a formula sign: " + csv);
        byte[] xlsx = Probe.get(teacher, "instructor/matrix-export?cohort=" + cohort + "&format=xlsx").body();
        StringBuilder sheets = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    sheets.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(sheets.indexOf("HYPERLINK") >= 0, "the name is in the sheet");
        assertTrue(sheets.indexOf("<f>") < 0 && sheets.indexOf("<f ") < 0, "and no cell is a formula");
        teacher.close();
    }

    private static String entry(String lessonId, String state, String at) {
        return "{\"lessonId\":" + jsonString(lessonId) + ",\"state\":" + jsonString(state) + ",\"firstVisitAt\":\"" + at + "\"}";
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String firstLessonId() {
        BrowserContext context = probe.signedIn("sec-learner", SecurityFixtures.PASSWORD);
        Page page = context.newPage();
        page.navigate(Portal.baseUri().toString());
        String href = page.locator("a.tree-lesson").first().getAttribute("href");
        context.close();
        assertTrue(href.contains("id="), href);
        return href.substring(href.indexOf("id=") + 3);
    }
}

package dev.courseportal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.courseportal.it.Portal;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
 * The two uploads and their limits, in Chromium as a person uploads: the progress import
 * ({@code ProgressView.MAX_UPLOAD_BYTES}, 1 MiB) and the roster CSV ({@code RosterCsv.MAX_BYTES},
 * 1,000,000 bytes). A file one byte over the limit is refused with the localized message and
 * changes nothing; the same content at exactly the limit goes through (so the refusal is the
 * limit's). A file that is no UTF-8 text is refused cleanly, with its own message, changing nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadLimitsIT {

    /** ProgressView.MAX_UPLOAD_BYTES (package-private in course-web, which is no test dependency). */
    static final int PROGRESS_LIMIT = 1024 * 1024;
    /** RosterCsv.MAX_BYTES. */
    static final int ROSTER_LIMIT = 1_000_000;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PW = SecurityFixtures.PASSWORD;
    private static Probe probe;
    private static String lesson;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SecurityDeployment.withFixtures();
    }

    @BeforeAll
    static void launch() {
        probe = new Probe();
        lesson = Probe.fixture("lessons").split("\n")[0];
    }

    @AfterAll
    static void close() {
        if (probe != null) {
            probe.close();
        }
    }

    /** A progress file of the portal's own format marking {@code lesson} done, padded with JSON whitespace to {@code size} bytes. */
    private static byte[] progressFile(int size, String extra) {
        String head = "{\"format\":\"course-portal-progress\",\"version\":1,\"lessons\":[{\"lessonId\":\"" + lesson
                + "\",\"state\":\"DONE\",\"firstVisitAt\":\"" + Instant.now() + "\"" + extra + "}]";
        byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) ' ');
        System.arraycopy(start, 0, file, 0, start.length);
        file[size - 1] = '}';
        return file;
    }

    private static String lessonState(String username, String lessonId) {
        WebSession.Answer answer = WebSession.basic(Portal.baseUri(), username, PW).get("api/learners/me/progress");
        assertEquals(200, answer.status(), answer.body());
        Matcher line = Pattern.compile("\\{[^{}]*\"lessonId\":\"" + Pattern.quote(lessonId) + "\"[^{}]*}").matcher(answer.body());
        assertTrue(line.find(), answer.body());
        Matcher state = Pattern.compile("\"state\":\"([A-Z]+)\"").matcher(line.group());
        return state.find() ? state.group(1) : null;
    }

    /** Uploads a file on the progress page; returns the page's messages. */
    private static String importProgress(BrowserContext context, byte[] file) {
        Page page = context.newPage();
        page.navigate(Portal.resolve("progress.xhtml").toString());
        page.locator("[id='import:file']").setInputFiles(new FilePayload("progress.json", "application/json", file));
        page.waitForNavigation(() -> page.locator("[id='import:importButton']").click());
        String messages = page.locator("[id='messages']").count() == 0 ? "" : page.locator("[id='messages']").innerText();
        String body = page.locator("body").innerText();
        assertFalse(body.contains("Exception") || body.contains(".java:"), body);
        page.close();
        return messages;
    }

    @Test
    void aProgressFileOverTheLimitOrNotUtf8IsRefusedAndNothingIsImported() {
        String username = "upload-learner-" + RUN;
        Probe.fixture("account", "username", username, "name", "Upload learner " + RUN, "role", "LEARNER");
        BrowserContext learner = probe.signedIn(username, PW);

        String tooLarge = importProgress(learner, progressFile(PROGRESS_LIMIT + 1, ""));
        assertTrue(tooLarge.matches("(?s).*Файл больше 1\\D?024 КБ\\..*"), () -> "the size message: " + tooLarge);
        assertNull(lessonState(username, lesson), "nothing imported from the file over the limit");

        // Latin-1 "é" in an otherwise valid file: strict UTF-8 decoding refuses it.
        byte[] latin1 = progressFile(2048, ",\"note\":\"caf\u00e9\"");
        String notUtf8 = importProgress(learner, latin1);
        assertTrue(notUtf8.contains("Файл не является JSON в кодировке UTF-8."), () -> "the encoding message: " + notUtf8);
        assertNull(lessonState(username, lesson), "nothing imported from the file that is no UTF-8");

        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        String garbage = importProgress(learner, binary);
        assertFalse(garbage.isBlank(), "a binary file gets a message");
        assertNull(lessonState(username, lesson), "nothing imported from a binary file");

        String atLimit = importProgress(learner, progressFile(PROGRESS_LIMIT, ""));
        assertFalse(atLimit.contains("Файл больше"), () -> "exactly the limit is allowed: " + atLimit);
        assertEquals("DONE", lessonState(username, lesson), () -> "the same file at the limit is imported: " + atLimit);
        learner.close();
    }

    /** A roster naming {@code learners}, padded with empty lines to {@code size} bytes. */
    private static byte[] roster(int size, List<String> learners) {
        byte[] head = ("username\n" + String.join("\n", learners) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) '\n');
        System.arraycopy(head, 0, file, 0, head.length);
        return file;
    }

    private static String members(String teacher, long cohort) {
        WebSession.Answer answer = WebSession.basic(Portal.baseUri(), teacher, PW).get("api/cohorts/" + cohort + "/members");
        assertEquals(200, answer.status(), answer.body());
        return answer.body();
    }

    /** Uploads a roster on the cohort page; returns the page after the preview. */
    private static Page previewRoster(BrowserContext context, long cohort, byte[] file, String name) {
        Page page = context.newPage();
        page.navigate(Portal.resolve("instructor/cohort.xhtml?id=" + cohort).toString());
        page.locator("[id='upload:file']").setInputFiles(new FilePayload(name, "text/csv", file));
        page.waitForNavigation(() -> page.locator("[id='upload:preview']").click());
        String body = page.locator("body").innerText();
        assertFalse(body.contains("Exception") || body.contains(".java:"), body);
        return page;
    }

    @Test
    void aRosterOverTheLimitOrNotUtf8IsRefusedAndNobodyIsEnrolled() {
        String teacher = "upload-teacher-" + RUN;
        List<String> learners = List.of("upload-a-" + RUN, "upload-b-" + RUN);
        Probe.fixture("account", "username", teacher, "name", "Upload teacher " + RUN, "role", "INSTRUCTOR");
        for (String learner : learners) {
            Probe.fixture("account", "username", learner, "name", "Roster " + learner, "role", "LEARNER");
        }
        long cohort = Long.parseLong(Probe.fixture("cohort", "instructor", teacher, "name", "Upload cohort " + RUN));
        BrowserContext instructor = probe.signedIn(teacher, PW);

        Page tooLarge = previewRoster(instructor, cohort, roster(ROSTER_LIMIT + 1, learners), "roster.csv");
        String refusal = tooLarge.locator("body").innerText();
        assertTrue(refusal.matches("(?s).*Файл больше 1\\D?000 КБ\\..*"), () -> "the size message: " + refusal);
        assertEquals(0, tooLarge.locator("#roster-outcome").count(), "no preview of a file over the limit");
        tooLarge.close();

        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes(("login\n" + learners.get(0) + ";Jos").getBytes(StandardCharsets.US_ASCII));
        latin1.write(0xE9);
        latin1.writeBytes(("\n" + learners.get(1) + "\n").getBytes(StandardCharsets.US_ASCII));
        Page notUtf8 = previewRoster(instructor, cohort, latin1.toByteArray(), "latin1.csv");
        String encoding = notUtf8.locator("body").innerText();
        assertTrue(encoding.contains("Файл не в кодировке UTF-8"), () -> "the encoding message: " + encoding);
        assertEquals(0, notUtf8.locator("#roster-outcome").count());
        notUtf8.close();

        byte[] binary = ("username\n" + learners.get(0) + "\n\u0000\u0001\u0002\u0003" + learners.get(1) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Page notText = previewRoster(instructor, cohort, binary, "roster.bin");
        String text = notText.locator("body").innerText();
        assertTrue(text.contains("Это не текстовый файл"), () -> "the binary message: " + text);
        assertEquals(0, notText.locator("#roster-outcome").count());
        notText.close();
        for (String learner : learners) {
            assertFalse(members(teacher, cohort).contains("\"" + learner + "\""), learner + " was not enrolled by a refused file");
        }

        // The same roster at exactly the limit is previewed and, confirmed, enrolls both.
        Page atLimit = previewRoster(instructor, cohort, roster(ROSTER_LIMIT, learners), "roster.csv");
        assertEquals(2, atLimit.locator("#roster-rows tr[data-verdict='ADD']").count(), () -> atLimit.locator("body").innerText());
        atLimit.waitForNavigation(() -> atLimit.locator("[id='confirm:apply']").click());
        atLimit.close();
        for (String learner : learners) {
            assertTrue(members(teacher, cohort).contains("\"" + learner + "\""), learner + " is enrolled from the file at the limit");
        }
        instructor.close();
    }
}

package dev.courseportal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.it.Portal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

/**
 * Access control, walked rather than listed by hand. The test discovers every REST operation (the
 * running portal's OpenAPI document, cross-checked against the {@code @Path} classes of course-web's
 * source), every view with a view parameter or view action ({@code f:viewParam}/{@code f:viewAction}
 * in course-web's {@code src/main/webapp}) and every {@code @WebServlet} with each HTTP method it
 * implements. {@link #table()} says for each of them how to address something the wrong account must
 * not reach; each item is called as the right account (it must succeed and show the object, so the
 * addressing is proven) and as every wrong one (another learner, another cohort's instructor, a
 * learner or instructor for administrators' things, nobody), which must be refused and must not see
 * the object. An item discovered but missing from the table fails the test: a new endpoint cannot
 * come in uncovered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlWalkerIT {

    private static final Path WEB_MODULE = Path.of(System.getProperty("portal.module.dir", "."), "..", "course-web")
            .toAbsolutePath().normalize();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PW = SecurityFixtures.PASSWORD;
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** The lesson page's done button says so only to a learner who marked the lesson done. */
    private static final String PRESSED_DONE = "aria-pressed=\"true\"";
    /** A stack frame: what an error answer must never show. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\.java:\\d+\\)|\\n\\s*at [\\w.$]+\\(|Caused by: ");

    /** A person of the walk; {@code id} is their account id. */
    private record Person(String key, String username, String displayName, long id) {
    }

    private static final Map<String, Person> PEOPLE = new LinkedHashMap<>();
    private static final Map<String, WebSession> SESSIONS = new HashMap<>();
    private static Person pupil;
    private static Person other;
    private static Person teacher;
    private static Person stranger;
    private static Person admin;
    private static String cohortName;
    private static long cohort;
    private static long strangersCohort;
    private static List<String> lessons;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SecurityDeployment.withFixtures();
    }

    @BeforeAll
    static void data() {
        pupil = person("pupil", "LEARNER");
        other = person("other", "LEARNER");
        teacher = person("teacher", "INSTRUCTOR");
        stranger = person("stranger", "INSTRUCTOR");
        admin = person("admin", "ADMINISTRATOR");
        cohortName = "ACW cohort " + RUN;
        cohort = Long.parseLong(Probe.fixture("cohort", "instructor", teacher.username(), "name", cohortName));
        strangersCohort = Long.parseLong(Probe.fixture("cohort", "instructor", stranger.username(), "name",
                "ACW foreign cohort " + RUN));
        Probe.fixture("enroll", "cohort", String.valueOf(cohort), "username", pupil.username());
        Probe.fixture("enroll", "cohort", String.valueOf(strangersCohort), "username", other.username());
        lessons = List.of(Probe.fixture("lessons").split("\n"));
        Probe.fixture("done", "username", pupil.username(), "lesson", lessons.get(0));
        // Everybody signs in first: the audit log then holds each one's sign-in (the audit export's object).
        for (Person person : PEOPLE.values()) {
            SESSIONS.put(person.key(), WebSession.signedIn(Portal.baseUri(), person.username(), PW));
        }
    }

    private static Person person(String key, String role) {
        String username = "acw-" + key + "-" + RUN;
        String display = "Walker " + key + " " + RUN;
        long id = Long.parseLong(Probe.fixture("account", "username", username, "name", display, "role", role));
        Person person = new Person(key, username, display, id);
        PEOPLE.put(key, person);
        return person;
    }

    // ------------------------------------------------------------------ discovery

    /** Every REST operation, view with parameters and servlet method of the portal, as table keys. */
    static Set<String> discover() {
        Set<String> found = new TreeSet<>();
        found.addAll(restFromOpenApi());
        found.addAll(restFromSource());
        found.addAll(views());
        found.addAll(servlets());
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> restFromOpenApi() {
        WebSession.Answer answer = WebSession.anonymous(Portal.baseUri()).get("openapi");
        assertEquals(200, answer.status(), "the OpenAPI document");
        Map<String, Object> document = new Yaml().load(answer.body());
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).keySet().stream().filter(HTTP_METHODS::contains)
                .forEach(method -> operations.add("REST " + method.toUpperCase(Locale.ROOT) + " " + path)));
        assertFalse(operations.isEmpty(), "the OpenAPI document lists the API");
        return operations;
    }

    /** Every JAX-RS resource method in course-web's source, in case one is hidden from OpenAPI. */
    private static Set<String> restFromSource() {
        String root = "";
        Set<String> operations = new TreeSet<>();
        List<String> resources = new ArrayList<>();
        for (Path file : javaSources()) {
            String text = read(file);
            Matcher application = Pattern.compile("@ApplicationPath\\(\"([^\"]*)\"\\)").matcher(text);
            if (application.find()) {
                root = application.group(1);
            }
            if (text.contains("import jakarta.ws.rs.Path;")) {
                resources.add(text);
            }
        }
        assertFalse(resources.isEmpty(), "course-web's source has JAX-RS resources: " + WEB_MODULE);
        Pattern method = Pattern.compile("(?m)^\\s*public\\s+[^=;{(]*?\\b(\\w+)\\s*\\(");
        Pattern verb = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\b");
        Pattern pathValue = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
        for (String text : resources) {
            String masked = maskStrings(text);
            int classAt = masked.indexOf(" class ");
            Matcher classPath = pathValue.matcher(text.substring(0, classAt));
            String base = classPath.find() ? classPath.group(1) : "";
            Matcher declaration = method.matcher(masked);
            while (declaration.find()) {
                if (declaration.start() < classAt) {
                    continue;
                }
                int blockStart = Math.max(Math.max(masked.lastIndexOf(';', declaration.start()),
                        masked.lastIndexOf('}', declaration.start())), masked.lastIndexOf('{', declaration.start()));
                String block = text.substring(blockStart + 1, declaration.start());
                Matcher http = verb.matcher(block);
                if (http.find()) {
                    Matcher sub = pathValue.matcher(block);
                    String path = join(root, base, sub.find() ? sub.group(1) : "");
                    operations.add("REST " + http.group(1) + " " + path);
                }
            }
        }
        return operations;
    }

    private static String join(String... parts) {
        String joined = Arrays.stream(parts).map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty())
                .collect(Collectors.joining("/"));
        return "/" + joined;
    }

    /** Views that take view parameters or run a view action: each reads an object from its URL. */
    private static Set<String> views() {
        Path webapp = WEB_MODULE.resolve("src/main/webapp");
        Set<String> views = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(f -> f.toString().endsWith(".xhtml")).forEach(f -> {
                String text = read(f);
                if (text.contains("f:viewParam") || text.contains("f:viewAction")) {
                    views.add("VIEW " + webapp.relativize(f).toString().replace('\\', '/'));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(views.isEmpty(), "course-web has views with view parameters: " + webapp);
        return views;
    }

    /** Every URL pattern of every @WebServlet, with each HTTP method the servlet implements. */
    private static Set<String> servlets() {
        Set<String> servlets = new TreeSet<>();
        Pattern doMethod = Pattern.compile("\\bvoid\\s+do(Get|Post|Put|Delete|Patch|Head|Options)\\s*\\(");
        for (Path file : javaSources()) {
            String text = read(file);
            int at = text.indexOf("@WebServlet(");
            if (at < 0) {
                continue;
            }
            String masked = maskStrings(text);
            int depth = 0;
            int end = at + "@WebServlet".length();
            do {
                char c = masked.charAt(end++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            } while (depth > 0);
            List<String> patterns = new ArrayList<>();
            Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(text.substring(at, end));
            while (literal.find()) {
                patterns.add(literal.group(1));
            }
            Matcher method = doMethod.matcher(masked);
            List<String> methods = new ArrayList<>();
            while (method.find()) {
                methods.add(method.group(1).toUpperCase(Locale.ROOT));
            }
            assertFalse(methods.isEmpty(), () -> file + " is a servlet that answers nothing?");
            for (String pattern : patterns) {
                for (String m : methods) {
                    servlets.add("SERVLET " + m + " " + pattern);
                }
            }
        }
        // Servlets declared in web.xml rather than annotated: only the Faces servlet is expected there.
        String webXml = read(WEB_MODULE.resolve("src/main/webapp/WEB-INF/web.xml"));
        Matcher declared = Pattern.compile("<servlet-class>([^<]+)</servlet-class>").matcher(webXml);
        while (declared.find()) {
            if (!declared.group(1).strip().equals("jakarta.faces.webapp.FacesServlet")) {
                servlets.add("SERVLET web.xml " + declared.group(1).strip());
            }
        }
        assertFalse(servlets.isEmpty(), "course-web has servlets");
        return servlets;
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(WEB_MODULE.resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with the inside of every string literal blanked out, so braces in strings do not count. */
    private static String maskStrings(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean inString = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (inString) {
                if (c == '\\') {
                    out.setCharAt(i, ' ');
                    if (i + 1 < out.length()) {
                        out.setCharAt(++i, ' ');
                    }
                } else if (c == '"') {
                    inString = false;
                } else if (c != '\n') {
                    out.setCharAt(i, ' ');
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '\'' && i + 2 < out.length()) {
                // a char literal such as '{' or '"'
                int close = out.charAt(i + 1) == '\\' ? i + 3 : i + 2;
                if (close < out.length() && out.charAt(close) == '\'') {
                    for (int k = i + 1; k < close; k++) {
                        out.setCharAt(k, ' ');
                    }
                    i = close;
                }
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ the table

    /** How a call is made: HTTP Basic without cookies (programs), or a signed-in session (browsers). */
    private enum Via { BASIC, SESSION }

    /** One call of an item: who makes it, to which address, and what answer is acceptable. */
    private record Call(String who, String path, Set<Integer> statuses) {
    }

    /** What to check after the wrong calls: that nothing of the object changed. */
    private interface Check {
        void run();
    }

    /** One row of the table: an item, how to address its object, who may and who must not. */
    private static final class Row {
        final String key;
        final Via via;
        final String method;
        final String path;
        String contentType;
        String body;
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<Call> rights = new ArrayList<>();
        final List<Call> wrongs = new ArrayList<>();
        final List<String> shows = new ArrayList<>();
        /** Texts of the object that a wrong caller must not see; keyed by the person they belong to ("" for nobody). */
        final List<String[]> secrets = new ArrayList<>();
        Check afterwards;
        String why = "";

        Row(String key, Via via, String method, String path) {
            this.key = key;
            this.via = via;
            this.method = method;
            this.path = path;
        }

        Row right(String who, Integer... statuses) {
            rights.add(new Call(who, path, Set.of(statuses)));
            return this;
        }

        Row wrong(String who, Integer... statuses) {
            wrongs.add(new Call(who, path, Set.of(statuses)));
            return this;
        }

        Row wrongAt(String who, String otherPath, Integer... statuses) {
            wrongs.add(new Call(who, otherPath, Set.of(statuses)));
            return this;
        }

        /** Nobody signed in: 401 for programs, the sign-in page for browsers. */
        Row anonymous() {
            wrongs.add(new Call(null, path, via == Via.BASIC ? Set.of(401) : Set.of()));
            return this;
        }

        Row shows(String... texts) {
            shows.addAll(List.of(texts));
            return this;
        }

        Row secretOf(Person person) {
            secrets.add(new String[] {person.key(), person.username()});
            secrets.add(new String[] {person.key(), person.displayName()});
            return this;
        }

        Row secret(String owner, String text) {
            secrets.add(new String[] {owner, text});
            return this;
        }

        Row body(String type, String content) {
            contentType = type;
            body = content;
            return this;
        }

        Row header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Row then(Check check) {
            afterwards = check;
            return this;
        }

        Row because(String reason) {
            why = reason;
            return this;
        }
    }

    /** The table: every discovered item, how to reach an object of it, and who may. */
    private static Map<String, Row> table() {
        Map<String, Row> rows = new LinkedHashMap<>();
        String p = pupil.key();
        String o = other.key();
        String t = teacher.key();
        String s = stranger.key();
        String a = admin.key();
        String c = "cohort";
        // REST: cohorts the teacher runs, with the pupil in them.
        add(rows, new Row("REST GET /api/cohorts", Via.BASIC, "GET", "api/cohorts")
                .right(t, 200).right(a, 200).shows(cohortName)
                .wrong(s, 200).wrong(o, 403).anonymous().secret(c, cohortName)
                .because("a list: another instructor gets their own cohorts only, a learner none"));
        for (String sub : List.of("", "/members", "/progress")) {
            Row row = new Row("REST GET /api/cohorts/{id}" + sub, Via.BASIC, "GET", "api/cohorts/" + cohort + sub)
                    .right(t, 200).right(a, 200).shows(sub.isEmpty() ? cohortName : pupil.username())
                    .wrong(s, 403).wrong(o, 403).wrong(p, 403).anonymous().secret(c, cohortName).secretOf(pupil);
            add(rows, row);
        }
        add(rows, new Row("REST GET /api/learners/{id}/progress", Via.BASIC, "GET", "api/learners/" + pupil.id() + "/progress")
                .right(p, 200).right(t, 200).right(a, 200).shows(pupil.username(), "\"DONE\"")
                .wrong(o, 403).wrong(s, 403).anonymous().secretOf(pupil));
        add(rows, new Row("REST GET /api/learners/me/progress", Via.BASIC, "GET", "api/learners/me/progress")
                .right(p, 200).shows(pupil.username(), "\"DONE\"")
                .wrong(o, 200).wrong(s, 200).anonymous().secretOf(pupil)
                .because("no id: always the caller's own progress"));
        add(rows, new Row("REST GET /api/lab/status", Via.BASIC, "GET", "api/lab/status")
                .right(p, 200).right(t, 200).shows("\"environments\"")
                .wrong(o, 200).wrong(s, 200).anonymous().secretOf(pupil)
                .because("lab environments, no person's data; instructors see every environment"));
        // Views with view parameters.
        add(rows, new Row("VIEW admin/account.xhtml", Via.SESSION, "GET", "admin/account.xhtml?id=" + other.id())
                .right(a, 200).shows(other.username())
                .wrong(p, 403).wrong(t, 403).wrong(s, 403).anonymous().secretOf(other));
        add(rows, new Row("VIEW lab/environments.xhtml", Via.SESSION, "GET", "lab/environments.xhtml")
                .right(a, 200).shows("<form id=\"list\"")
                .wrong(p, 403).wrong(t, 403).anonymous().secret("", "<form id=\"list\"")
                .because("administrators only (lab credentials); the view action refuses everyone else"));
        add(rows, new Row("VIEW instructor/cohort.xhtml", Via.SESSION, "GET", "instructor/cohort.xhtml?id=" + cohort)
                .right(t, 200).right(a, 200).shows(cohortName, pupil.username())
                .wrong(s, 403).wrong(o, 403).wrong(p, 403).anonymous().secret(c, cohortName).secretOf(pupil));
        add(rows, new Row("VIEW instructor/dashboard.xhtml", Via.SESSION, "GET", "instructor/dashboard.xhtml?id=" + cohort)
                .right(t, 200).right(a, 200).shows(cohortName, pupil.displayName())
                .wrong(s, 403).wrong(o, 403).wrong(p, 403).anonymous().secret(c, cohortName).secretOf(pupil));
        add(rows, new Row("VIEW instructor/learner.xhtml", Via.SESSION, "GET",
                "instructor/learner.xhtml?cohort=" + cohort + "&learner=" + pupil.id())
                .right(t, 200).right(a, 200).shows(pupil.displayName())
                .wrong(s, 403).wrong(o, 403).wrong(p, 403).anonymous()
                // a learner outside the instructor's cohorts, addressed through the instructor's own cohort
                .wrongAt(s, "instructor/learner.xhtml?cohort=" + strangersCohort + "&learner=" + pupil.id(), 403)
                .secret(c, cohortName).secretOf(pupil));
        add(rows, new Row("VIEW lesson.xhtml", Via.SESSION, "GET", "lesson.xhtml?id=" + lessons.get(0))
                .right(p, 200).shows(PRESSED_DONE)
                .wrong(o, 200).wrong(s, 200).anonymous().secret(p, PRESSED_DONE).secretOf(pupil)
                .because("course content for every account; the done state and answers shown are the caller's own"));
        add(rows, new Row("VIEW search.xhtml", Via.SESSION, "GET", "search.xhtml?q=kafka")
                .right(p, 200).shows("class=\"search-hit\"")
                .wrong(o, 200).anonymous().secretOf(pupil)
                .because("searches the course only, never accounts"));
        // Servlets.
        add(rows, new Row("SERVLET GET /course-assets/*", Via.SESSION, "GET", "course-assets/no-such-image.png")
                .right(p, 404).wrong(o, 404).anonymous()
                .because("course images, the same for every account; the course has none yet, so the signed-in answer is 404"));
        add(rows, new Row("SERVLET GET /admin/audit-export", Via.SESSION, "GET", "admin/audit-export?actor=" + other.username())
                .right(a, 200).shows(other.username())
                .wrong(p, 403).wrong(t, 403).wrong(s, 403).anonymous().secretOf(other));
        String tampered = "&learner=" + pupil.id() + "&account=" + pupil.id() + "&id=" + pupil.id() + "&username=" + pupil.username();
        add(rows, new Row("SERVLET GET /progress/export", Via.SESSION, "GET", "progress/export?format=json" + tampered)
                .right(p, 200).shows(pupil.username(), lessons.get(0))
                .wrong(o, 200).wrong(s, 200).anonymous().secretOf(pupil)
                .because("no parameter names an account: parameters that try to are ignored, the answer is the caller's own"));
        String untouched = "progress/position?anchor=walker&lesson=" + lessons.get(lessons.size() - 1);
        add(rows, new Row("SERVLET POST /progress/position", Via.SESSION, "POST", "progress/position?anchor=walker&lesson="
                + lessons.get(1))
                .body("application/x-www-form-urlencoded", tampered.substring(1))
                .header("X-Portal-Request", "1")
                .right(p, 204).wrongAt(o, untouched, 204).wrongAt(s, untouched, 204).anonymous().secretOf(pupil)
                .then(() -> assertNull(lessonState(pupil, lessons.get(lessons.size() - 1)),
                        "another account's position call never writes the pupil's progress"))
                .because("writes the caller's own reading position; parameters naming another account are ignored"));
        String markedByOthers = lessons.get(lessons.size() - 2);
        add(rows, new Row("SERVLET POST /progress/mark", Via.SESSION, "POST", "progress/mark?state=done&lesson=" + lessons.get(2))
                .body("application/x-www-form-urlencoded", tampered.substring(1))
                .header("X-Portal-Request", "1")
                .right(p, 200).shows("\"done\":true")
                .wrongAt(o, "progress/mark?state=done&lesson=" + markedByOthers, 200)
                .wrongAt(s, "progress/mark?state=done&lesson=" + markedByOthers, 200, 401)
                .anonymous().secretOf(pupil)
                .then(() -> assertNull(lessonState(pupil, markedByOthers),
                        "another account's mark call never writes the pupil's progress"))
                .because("marks the caller's own lesson; parameters naming another account are ignored"));
        add(rows, new Row("SERVLET GET /instructor/matrix-export", Via.SESSION, "GET",
                "instructor/matrix-export?cohort=" + cohort + "&format=csv")
                .right(t, 200).right(a, 200).shows(pupil.username())
                .wrong(s, 403).wrong(o, 403).wrong(p, 403).anonymous().secretOf(pupil));
        for (String backup : List.of("/admin/backup", "/api/admin/backup")) {
            Via via = backup.startsWith("/api") ? Via.BASIC : Via.SESSION;
            add(rows, new Row("SERVLET GET " + backup, via, "GET", backup.substring(1))
                    .right(a, 200).shows(other.username(), cohortName)
                    .wrong(p, 403).wrong(t, 403).anonymous().secretOf(other).secret(c, cohortName));
            // An administrator's restore is refused by the restore itself (not a backup file, or a portal that holds
            // data): it got past access control. Everyone else never reaches it.
            add(rows, new Row("SERVLET POST " + backup, via, "POST", backup.substring(1))
                    .body("application/json", "{\"format\":\"not-a-backup\"}")
                    .right(a, 400, 409).shows("\"problem\"")
                    .wrong(p, 403).wrong(t, 403).anonymous().secret("", "\"problem\""));
        }
        return rows;
    }

    private static void add(Map<String, Row> rows, Row row) {
        if (rows.put(row.key, row) != null) {
            throw new IllegalStateException("twice in the table: " + row.key);
        }
    }

    /** A lesson's state in a learner's progress, as an administrator reads it through the API (null: never opened). */
    private static String lessonState(Person learner, String lessonId) {
        WebSession.Answer answer = WebSession.basic(Portal.baseUri(), admin.username(), PW)
                .get("api/learners/" + learner.id() + "/progress");
        assertEquals(200, answer.status());
        Matcher line = Pattern.compile("\\{[^{}]*\"lessonId\":\"" + Pattern.quote(lessonId) + "\"[^{}]*}")
                .matcher(answer.body());
        assertTrue(line.find(), () -> "the lesson " + lessonId + " is in the progress: " + answer.body());
        Matcher state = Pattern.compile("\"state\":\"([A-Z]+)\"").matcher(line.group());
        return state.find() ? state.group(1) : null;
    }

    // ------------------------------------------------------------------ the walk

    private static WebSession.Answer call(Row row, String who, String path) {
        WebSession session;
        if (row.via == Via.BASIC) {
            session = WebSession.basic(Portal.baseUri(), who == null ? null : PEOPLE.get(who).username(), PW);
        } else {
            session = who == null ? WebSession.anonymous(Portal.baseUri()) : SESSIONS.get(who);
        }
        if ("POST".equals(row.method)) {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(session.resolve(path))
                    .header("Content-Type", row.contentType)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(row.body));
            row.headers.forEach(request::header);
            return session.send(request);
        }
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(session.resolve(path))
                .header("Accept", row.via == Via.BASIC ? "application/json" : "text/html").GET();
        row.headers.forEach(request::header);
        return session.send(request);
    }

    private static String name(String who) {
        return who == null ? "nobody" : who;
    }

    @Test
    void everyEndpointRefusesTheWrongAccountAndServesTheRightOne() {
        Set<String> discovered = discover();
        Map<String, Row> table = table();
        Set<String> uncovered = new LinkedHashSet<>(discovered);
        uncovered.removeAll(table.keySet());
        assertTrue(uncovered.isEmpty(), () -> "not covered: " + uncovered + " (add a row to AccessControlWalkerIT#table: "
                + "how to address an object of it that the wrong account must not reach)");
        Set<String> stale = new LinkedHashSet<>(table.keySet());
        stale.removeAll(discovered);
        assertTrue(stale.isEmpty(), () -> "in the table but no longer discovered (check the discovery or drop the row): " + stale);

        List<String> failures = new ArrayList<>();
        Set<String> callers = new TreeSet<>();
        int calls = 0;
        for (Row row : table.values()) {
            for (Call right : row.rights) {
                WebSession.Answer answer = call(row, right.who(), right.path());
                calls++;
                callers.add(name(right.who()));
                if (!right.statuses().contains(answer.status())) {
                    failures.add(row.key + " as " + name(right.who()) + " (right): " + answer.status() + " not " + right.statuses());
                    continue;
                }
                for (String shown : row.shows) {
                    if (!answer.body().contains(shown)) {
                        failures.add(row.key + " as " + name(right.who()) + " (right) does not show '" + shown + "'");
                    }
                }
            }
            for (Call wrong : row.wrongs) {
                WebSession.Answer answer = call(row, wrong.who(), wrong.path());
                calls++;
                callers.add(name(wrong.who()));
                boolean refused = wrong.who() == null && row.via == Via.SESSION ? answer.toSignIn()
                        : wrong.statuses().contains(answer.status());
                if (!refused) {
                    failures.add(row.key + " as " + name(wrong.who()) + " at " + wrong.path() + ": " + answer.status()
                            + (wrong.statuses().isEmpty() ? " instead of the sign-in page" : " not " + wrong.statuses())
                            + (row.why.isEmpty() ? "" : " (" + row.why + ")"));
                }
                for (String[] secret : row.secrets) {
                    if (!secret[0].equals(wrong.who()) && answer.body().contains(secret[1])) {
                        failures.add(row.key + " as " + name(wrong.who()) + " leaks '" + secret[1] + "'");
                    }
                }
                Matcher trace = STACK_TRACE.matcher(answer.body());
                if (answer.status() != 200 && trace.find()) {
                    failures.add(row.key + " as " + name(wrong.who()) + ": the refusal shows a stack trace: "
                            + answer.body().substring(Math.max(0, trace.start() - 80), Math.min(answer.body().length(), trace.end() + 80)));
                }
            }
            if (row.afterwards != null) {
                try {
                    row.afterwards.run();
                } catch (AssertionError e) {
                    failures.add(row.key + ": " + e.getMessage());
                }
            }
        }
        long rest = discovered.stream().filter(k -> k.startsWith("REST ")).count();
        long views = discovered.stream().filter(k -> k.startsWith("VIEW ")).count();
        long servlets = discovered.stream().filter(k -> k.startsWith("SERVLET ")).count();
        System.out.printf("AccessControlWalkerIT: %d items walked (%d REST operations, %d views, %d servlet methods), "
                + "%d calls as %s%n", discovered.size(), rest, views, servlets, calls, callers);
        assertTrue(failures.isEmpty(), () -> failures.size() + " access-control failures:\n" + String.join("\n", failures));
    }

    @Test
    void theDiscoveryFindsWhatIsKnownToExist() {
        // Guards the walker itself: a discovery that silently found nothing would make the walk pass vacuously.
        Set<String> discovered = discover();
        for (String known : List.of("REST GET /api/cohorts/{id}/progress", "REST GET /api/learners/{id}/progress",
                "VIEW instructor/learner.xhtml", "VIEW admin/account.xhtml", "SERVLET GET /instructor/matrix-export",
                "SERVLET POST /api/admin/backup")) {
            assertTrue(discovered.contains(known), () -> known + " not discovered in " + discovered);
        }
        Set<String> fromSource = restFromSource();
        Set<String> fromOpenApi = restFromOpenApi();
        assertEquals(fromSource, fromOpenApi, "the OpenAPI document describes exactly the resource methods of the source");
    }
}

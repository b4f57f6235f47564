package dev.courseportal.it.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import dev.courseportal.content.CheckKind;
import dev.courseportal.content.CourseLoader;
import dev.courseportal.content.LabCheck;
import dev.courseportal.content.LabStep;
import dev.courseportal.content.Lesson;
import dev.courseportal.it.Browsers;
import dev.courseportal.it.PageErrors;
import dev.courseportal.it.Portal;
import dev.courseportal.it.PortalDeployment;
import dev.courseportal.it.SignInPage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The lab pages in a real browser, against a STAND-IN environment served by this test JVM: an
 * administrator adds it (a bad URL first), makes it the default and asks for a probe run; its
 * cards show the HTTP stand-ins up and PostgreSQL and Kafka (closed port) down, also as JSON;
 * a learner sees it as their lab and checks a lesson step: the Connect check passes, the Kafka
 * or PostgreSQL check fails with the lesson's hint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LabPagesIT {

    private static Playwright playwright;
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static Page signedIn(String username) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        SignInPage.open(page).signIn(username, Portal.demoPassword());
        return page;
    }

    private static Map<String, String> form(String name, StandInLab lab, String connectUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", "Стенд-заглушка браузерного теста");
        fields.put("postgresJdbcUrl", "jdbc:postgresql://127.0.0.1:" + lab.refusedPort() + "/inventory");
        fields.put("postgresUser", "postgres");
        fields.put("postgresPassword", StandInLab.POSTGRES_PASSWORD);
        fields.put("kafkaBootstrapServers", "127.0.0.1:" + lab.refusedPort());
        fields.put("connectUrl", connectUrl);
        fields.put("schemaRegistryUrl", lab.registryUrl());
        fields.put("prometheusUrl", lab.prometheusUrl());
        fields.put("grafanaUrl", lab.grafanaUrl());
        fields.put("jupyterUrl", lab.jupyterUrl());
        fields.put("jupyterToken", StandInLab.JUPYTER_TOKEN);
        return fields;
    }

    @Test
    void anAdministratorsStandInEnvironmentShowsOnTheStatusPageAndALearnerChecksALabStepOnIt() throws Exception {
        String name = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        Page admin = signedIn("demo-admin");
        PageErrors adminErrors = PageErrors.watch(admin);
        try (StandInLab lab = StandInLab.start()) {
            LabEnvironmentsPage environments = LabEnvironmentsPage.open(admin);
            environments.add(form(name, lab, "ftp://127.0.0.1:8083"));
            assertTrue(environments.fieldError("connectUrl").contains("http://"),
                    () -> "the refusal is told beside the field: " + environments.fieldError("connectUrl"));
            assertTrue(environments.messages().contains("не сохранён"), environments.messages());
            assertTrue(admin.locator("[id='environment:postgresPassword']").inputValue().isEmpty(),
                    "a refused form does not send the password back");
            assertFalse(environments.lists(name));

            assertAccessible(admin);
            environments.fill(Map.of("connectUrl", lab.connectUrl(), "postgresPassword", StandInLab.POSTGRES_PASSWORD,
                    "jupyterToken", StandInLab.JUPYTER_TOKEN));
            environments.save();
            assertTrue(environments.lists(name), environments.messages());
            environments.makeDefault(name);
            assertTrue(environments.messages().contains(name), environments.messages());

            LabStatusPage status = LabStatusPage.open(admin);
            status.probeNow();
            status.awaitCard(name, "connect", "up", Duration.ofSeconds(60), true);
            Locator postgres = status.awaitCard(name, "postgres", "down", Duration.ofSeconds(5), false);
            assertTrue(postgres.innerText().contains("отклоняет соединение"), postgres.innerText());
            assertTrue(status.card(name, "grafana").innerText().contains("100"), "availability of a stand-in that answered");
            assertFalse(admin.content().contains(StandInLab.POSTGRES_PASSWORD), "no password on the status page");
            assertAccessible(admin);

            APIResponse json = admin.request().get(Portal.resolve("api/lab/status?lang=en").toString());
            assertEquals(200, json.status());
            String body = json.text();
            assertTrue(body.contains("\"name\":\"" + name + "\"") && body.contains("\"status\":\"UP\""), body);
            assertFalse(body.contains(StandInLab.POSTGRES_PASSWORD) || body.contains("postgresUser"), "no credential in JSON");

            learnerSeesTheEnvironmentAndChecksAStep(name);
            assertTrue(adminErrors.all().isEmpty(), () -> "JavaScript errors: " + adminErrors.all());
        } finally {
            LabEnvironmentsPage environments = LabEnvironmentsPage.open(admin);
            if (!environments.isDefault("local")) {
                environments.makeDefault("local");
            }
            if (environments.lists(name)) {
                environments.remove(name);
            }
        }
        assertFalse(LabEnvironmentsPage.open(admin).lists(name), "the test environment was removed again");
    }

    private void learnerSeesTheEnvironmentAndChecksAStep(String name) {
        Page learner = signedIn("learner");
        PageErrors errors = PageErrors.watch(learner);
        LabStatusPage status = LabStatusPage.open(learner);
        assertEquals(name, status.ownEnvironment(), "without a cohort the learner's lab is the default one");
        assertEquals(0, status.otherEnvironments(), "a learner sees only their own environment");
        String json = learner.request().get(Portal.resolve("api/lab/status").toString()).text();
        assertEquals(1, json.split("\"yours\":").length - 1, () -> "one environment in a learner's JSON: " + json);
        Page other = learner.context().newPage(); // not watched: its 403 is the point
        com.microsoft.playwright.Response forbidden = other.navigate(Portal.resolve("lab/environments.xhtml").toString());
        assertEquals(403, forbidden.status());
        assertTrue(other.content().contains("только администраторам"), "the refusal says why, in Russian");
        other.close();

        MixedStep mixed = mixedStep();
        learner.navigate(Portal.resolve("lesson.xhtml?id=" + mixed.lesson().id()).toString());
        Locator step = learner.locator("li.lab-check-step[data-step='" + mixed.step().id() + "']");
        step.locator(".lab-check-button").click();
        step.locator(".lab-check-summary").waitFor();

        assertTrue(step.locator(".lab-check-summary").innerText().contains("не выполнен"),
                step.locator(".lab-check-summary").innerText());
        assertEquals(1, step.locator("li.lab-check-outcome.is-passed[data-kind='http-status']").count(),
                () -> step.innerText());
        Locator failed = step.locator("li.lab-check-outcome.is-failed").first();
        String hint = mixed.step().checks().stream().filter(c -> c.kind() != CheckKind.HTTP_STATUS)
                .findFirst().orElseThrow().hint();
        assertTrue(failed.locator(".lab-check-hint").innerText().contains(hint.substring(0, Math.min(30, hint.length()))),
                () -> "the lesson's hint is shown with the failed check: " + failed.innerText());

        assertAccessible(learner, ".lab-check"); // the lesson body around it is another component's
        learner.navigate(Portal.resolve("lesson.xhtml?id=" + mixed.lesson().id()).toString());
        Locator again = learner.locator("li.lab-check-step[data-step='" + mixed.step().id() + "'] .lab-check-summary");
        try {
            again.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("the stored result is not shown when the lesson is opened again: " + learner.url()
                    + "\n" + learner.locator("body").innerText(), e);
        }
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
    }

    /** No serious or critical WCAG 2.1 AA violation on the page as it is now (or in the parts selected). */
    private static void assertAccessible(Page page, String... only) {
        AxeBuilder axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        if (only.length > 0) {
            axe.include(List.of(only));
        }
        List<Rule> serious = axe.analyze()
                .getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertTrue(serious.isEmpty(), () -> page.url() + ": " + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getNodes().stream()
                        .map(n -> String.join(" ", n.getTarget().toString())).limit(3).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n")));
    }

    /** A step of the real course whose first check asks Kafka Connect's root over HTTP and that also checks something else. */
    private static MixedStep mixedStep() {
        for (Lesson lesson : new CourseLoader().loadFromClasspath().lessons()) {
            for (LabStep step : lesson.lab().map(lab -> lab.steps()).orElse(List.of())) {
                List<LabCheck> checks = step.checks();
                long connectRoot = checks.stream().filter(c -> c.kind() == CheckKind.HTTP_STATUS
                        && "connect".equals(c.params().get("service")) && "/".equals(c.params().get("path"))).count();
                if (connectRoot == 1 && checks.stream().allMatch(c -> c.kind() != CheckKind.HTTP_STATUS
                        || "connect".equals(c.params().get("service"))) && checks.size() > 1) {
                    return new MixedStep(lesson, step);
                }
            }
        }
        throw new AssertionError("no lab step checks Kafka Connect's root and something else");
    }

    private record MixedStep(Lesson lesson, LabStep step) {
    }
}

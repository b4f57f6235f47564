package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.it.Portal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST resource tried as the right account and as each wrong one: the other cohort's
 * instructor, a learner of the cohort, another learner, nobody, a wrong password.
 */
@ExtendWith(ArquillianExtension.class)
class RestApiAccessIT {

    private static final String PW = Fixtures.PASSWORD;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String TEACHER = "api-teacher-" + RUN;
    private static final String STRANGER = "api-stranger-" + RUN;
    private static final String PUPIL = "api-pupil-" + RUN;
    private static final String CLASSMATE = "api-classmate-" + RUN;
    private static long cohort;
    private static long pupil;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FixtureDeployment.asBuiltWithFixtures();
    }

    @BeforeAll
    static void data() {
        Outside.account(TEACHER, "INSTRUCTOR");
        Outside.account(STRANGER, "INSTRUCTOR");
        pupil = Outside.account(PUPIL, "LEARNER");
        Outside.account(CLASSMATE, "LEARNER");
        cohort = Long.parseLong(Outside.fixture("cohort", "instructor", TEACHER, "name", "API cohort " + RUN));
        Outside.fixture("enroll", "cohort", String.valueOf(cohort), "username", PUPIL);
        Outside.fixture("enroll", "cohort", String.valueOf(cohort), "username", CLASSMATE);
        Outside.fixture("progress", "username", PUPIL, "lesson", Outside.lessons().get(0), "done", "true");
    }

    private static int status(String path, String user) {
        return Outside.api(path, user, user == null ? null : PW).statusCode();
    }

    @Test
    @RunAsClient
    void cohortResourcesAnswerOnlyTheirInstructorAndAdministrators() {
        List<String> paths = List.of("api/cohorts/" + cohort, "api/cohorts/" + cohort + "/members",
                "api/cohorts/" + cohort + "/progress");
        for (String path : paths) {
            assertEquals(200, status(path, TEACHER), path + " as its instructor");
            assertEquals(200, Outside.api(path, "admin", Portal.demoPassword()).statusCode(), path + " as administrator");
            assertEquals(403, status(path, STRANGER), path + " as another cohort's instructor");
            assertEquals(403, status(path, PUPIL), path + " as a learner of the cohort");
            assertEquals(401, status(path, null), path + " without credentials");
            assertEquals(401, Outside.api(path, TEACHER, "wrong-password-1").statusCode(), path + " with a wrong password");
        }
        assertEquals(403, status("api/cohorts/999999999", STRANGER), "a cohort that does not exist looks the same");
        HttpResponse<String> progress = Outside.api("api/cohorts/" + cohort + "/progress", TEACHER, PW);
        assertTrue(progress.body().contains("\"username\":\"" + PUPIL + "\""), progress.body());
        assertTrue(progress.body().contains("\"DONE\""), "the pupil's finished lesson is in the matrix");
        assertFalse(progress.body().contains("Exception"), "a refusal or an answer never carries a stack trace");
    }

    @Test
    @RunAsClient
    void theCohortListHoldsOnlyTheCallersCohorts() {
        assertTrue(Outside.api("api/cohorts", TEACHER, PW).body().contains("API cohort " + RUN));
        HttpResponse<String> stranger = Outside.api("api/cohorts", STRANGER, PW);
        assertEquals(200, stranger.statusCode());
        assertFalse(stranger.body().contains("API cohort " + RUN), stranger.body());
        assertEquals(403, status("api/cohorts", PUPIL), "a learner runs no cohort");
        assertTrue(Outside.api("api/cohorts", "admin", Portal.demoPassword()).body().contains("API cohort " + RUN));
    }

    @Test
    @RunAsClient
    void aLearnersProgressAnswersTheLearnerTheirInstructorAndAdministrators() {
        String path = "api/learners/" + pupil + "/progress";
        assertEquals(200, status(path, PUPIL));
        assertEquals(200, status(path, TEACHER));
        assertEquals(200, Outside.api(path, "admin", Portal.demoPassword()).statusCode());
        assertEquals(403, status(path, CLASSMATE), "another learner, even of the same cohort");
        assertEquals(403, status(path, STRANGER), "an instructor of other cohorts");
        assertEquals(401, status(path, null));
        HttpResponse<String> mine = Outside.api("api/learners/me/progress", CLASSMATE, PW);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains("\"username\":\"" + CLASSMATE + "\""), mine.body());
    }

    @Test
    @RunAsClient
    void anUnauthenticatedApiCallIsToldSoAndNotSentToTheForm() {
        HttpResponse<String> response = Outside.api("api/cohorts", null, null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(response.headers().firstValue("Location").isEmpty(), "no redirect to the HTML sign-in page");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> response.headers().map() + " " + response.body());
        assertEquals("{\"error\":\"unauthorized\"}", response.body());
    }

    @Test
    @RunAsClient
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> openapi = Outside.get(Portal.resolve("openapi"));
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/cohorts/{id}/progress"), openapi.body());
        assertTrue(openapi.body().contains("/api/learners/{id}/progress"));
    }
}

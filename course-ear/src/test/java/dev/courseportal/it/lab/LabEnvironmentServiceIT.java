package dev.courseportal.it.lab;

import static dev.courseportal.it.lab.LabTestSupport.DOMAIN;
import static dev.courseportal.it.lab.LabTestSupport.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.cohort.entity.Cohort;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.lab.boundary.InvalidLabEnvironmentException;
import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import dev.courseportal.domain.lab.boundary.LabEnvironmentSummary;
import dev.courseportal.domain.lab.boundary.ProbeHistoryService;
import dev.courseportal.domain.lab.boundary.ProbeObservation;
import dev.courseportal.domain.lab.boundary.ProbeRunReport;
import dev.courseportal.domain.lab.control.LabEnvironmentSettings;
import dev.courseportal.domain.lab.control.SettingsProblem;
import dev.courseportal.domain.lab.entity.LabEnvironment;
import dev.courseportal.domain.lab.entity.ProbeTrigger;
import dev.courseportal.domain.lab.entity.ServiceHealth;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.runtime.EnvironmentEndpoints;
import jakarta.ejb.EJB;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lab environments through the deployed services and the real datasource: rules, secrets, default, removal. */
@ExtendWith(ArquillianExtension.class)
class LabEnvironmentServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return LabDeployment.withTests(LabEnvironmentServiceIT.class);
    }

    @EJB(lookup = DOMAIN + "LabEnvironmentService")
    LabEnvironmentService environments;

    @EJB(lookup = DOMAIN + "ProbeHistoryService")
    ProbeHistoryService history;

    @EJB(lookup = DOMAIN + "AccountService")
    AccountService accounts;

    @EJB(lookup = DOMAIN + "CohortService")
    CohortService cohorts;

    private static LabEnvironmentSettings settings(String name, String connectUrl, String password) {
        return new LabEnvironmentSettings(name, "classroom stack", "jdbc:postgresql://lab.example:5432/inventory",
                "postgres", password, "lab.example:9092", connectUrl, "http://lab.example:8081",
                "http://lab.example:9090", "http://lab.example:3000", "http://lab.example:8888", "token-1", false);
    }

    @Test
    void theMigrationSeedsTheLocalComposeStackAsTheDefault() {
        LabEnvironment local = environments.byName("local").orElseThrow();
        assertEquals(LabEndpoints.local(), EnvironmentEndpoints.of(local), "same endpoints as LabEndpoints.local()");
        assertTrue(local.probed());
        String learner = unique("lab-learner");
        long accountId = accounts.create(learner, "Lab learner", EnumSet.of(Role.LEARNER), "it-password-123456".toCharArray()).id();
        assertEquals(environments.defaultEnvironment().id(), environments.environmentOf(accountId).id(),
                "without a cohort a learner uses the default environment");
    }

    @Test
    void invalidSettingsAreRefusedFieldByFieldAndNothingIsStored() {
        int before = environments.all().size();
        LabEnvironmentSettings bad = new LabEnvironmentSettings(unique("bad"), null,
                "jdbc:postgresql://lab.example/db?socketFactory=evil.Factory", "postgres", "",
                "lab.example", "ftp://lab.example", "http://lab.example:8081", "http://user:pw@lab.example:9090",
                "http://lab.example:3000", "http://lab.example:8888", null, false);

        InvalidLabEnvironmentException refused = assertThrows(InvalidLabEnvironmentException.class,
                () -> environments.create(bad));

        Map<String, String> byField = refused.problems().stream()
                .collect(java.util.stream.Collectors.toMap(SettingsProblem::field, SettingsProblem::key));
        assertEquals(Map.of("postgresJdbcUrl", "jdbcParameter", "postgresPassword", "required",
                "kafkaBootstrapServers", "bootstrap", "connectUrl", "httpUrl", "prometheusUrl", "httpUrl"), byField);
        assertEquals(before, environments.all().size(), "a refused environment is not stored");
        assertTrue(environments.byName(bad.name()).isEmpty());
    }

    @Test
    void aNameIsUniqueAndAnEditOfAStaleVersionIsRefusedWithoutChangingAnything() throws Exception {
        String name = unique("classroom");
        LabEnvironmentSummary created = environments.create(settings(name, "http://lab.example:8083", "pw-1"));
        try {
            InvalidLabEnvironmentException taken = assertThrows(InvalidLabEnvironmentException.class,
                    () -> environments.create(settings(name, "http://other.example:8083", "pw-2")));
            assertEquals("nameTaken", taken.problems().get(0).key());

            LabEnvironmentSummary edited = environments.update(created.id(), created.version(),
                    settings(name, "http://lab2.example:8083", null));
            assertEquals("http://lab2.example:8083", edited.connectUrl());
            assertTrue(edited.version() > created.version());

            InvalidLabEnvironmentException stale = assertThrows(InvalidLabEnvironmentException.class,
                    () -> environments.update(created.id(), created.version(), settings(name, "http://lab3.example:8083", null)));
            assertEquals("stale", stale.problems().get(0).key());
            assertEquals("http://lab2.example:8083", environments.summary(created.id()).orElseThrow().connectUrl(),
                    "the stale edit changed nothing");
        } finally {
            environments.remove(created.id());
        }
    }

    @Test
    void secretsAreWriteOnlyAndABlankPasswordKeepsTheStoredOne() throws Exception {
        String name = unique("secrets");
        LabEnvironmentSummary created = environments.create(settings(name, "http://lab.example:8083", "s3cret-Pw!"));
        try {
            List<String> components = Arrays.stream(LabEnvironmentSummary.class.getRecordComponents())
                    .map(RecordComponent::getName).toList();
            assertFalse(components.contains("postgresPassword") || components.contains("jupyterToken"),
                    "the read model has no secret: " + components);
            assertTrue(created.hasJupyterToken());
            assertFalse(created.toString().contains("s3cret-Pw!") || created.toString().contains("token-1"));
            assertFalse(environments.byId(created.id()).orElseThrow().toString().contains("s3cret-Pw!"));

            environments.update(created.id(), created.version(), settings(name, "http://lab.example:8083", null));
            assertEquals("s3cret-Pw!", environments.byId(created.id()).orElseThrow().postgresPassword(),
                    "a blank password on an edit keeps the stored one");
            LabEnvironmentSummary current = environments.summary(created.id()).orElseThrow();
            LabEnvironmentSettings clearToken = new LabEnvironmentSettings(name, null, current.postgresJdbcUrl(),
                    "postgres", null, current.kafkaBootstrapServers(), current.connectUrl(), current.schemaRegistryUrl(),
                    current.prometheusUrl(), current.grafanaUrl(), current.jupyterUrl(), null, true);
            assertFalse(environments.update(created.id(), current.version(), clearToken).hasJupyterToken());
        } finally {
            environments.remove(created.id());
        }
    }

    @Test
    void theDefaultCanMoveButNotBeRemovedAndRemovalTakesTheHistoryAlong() throws Exception {
        LabEnvironment local = environments.byName("local").orElseThrow();
        LabEnvironmentSummary created = environments.create(settings(unique("default"), "http://lab.example:8083", "pw"));
        try {
            environments.makeDefault(created.id());
            assertEquals(created.id(), environments.defaultEnvironment().id());
            assertEquals(1, environments.all().stream().filter(LabEnvironment::isDefault).count(), "one default at a time");
            InvalidLabEnvironmentException refused = assertThrows(InvalidLabEnvironmentException.class,
                    () -> environments.remove(created.id()));
            assertEquals("removeDefault", refused.problems().get(0).key());
            environments.makeDefault(local.id());

            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            history.record(new ProbeRunReport(at, at, 1, 1, ProbeTrigger.REQUESTED, "it", List.of(new ProbeObservation(
                    created.id(), created.name(), "connect", ServiceHealth.UP, 3, at, "probe.connect.up", List.of("4.3.0", "1"),
                    "Kafka Connect 4.3.0, 1 connector(s)", Map.of()))));
            assertEquals(1, history.history(created.id(), at.minusSeconds(1)).size());
            environments.remove(created.id());
            assertTrue(environments.byId(created.id()).isEmpty());
            assertEquals(0, history.history(created.id(), at.minusSeconds(1)).size(), "its probe history went with it");
            assertEquals(0, history.states(List.of(created.id())).size());
        } finally {
            LabTestSupport.cleanUp(environments, created.id());
        }
    }

    @Test
    void aLearnerUsesTheEnvironmentTheirCohortNamesWhichCannotBeRenamedOrRemovedMeanwhile() throws Exception {
        LabEnvironmentSummary classroom = environments.create(settings(unique("cohort-lab"), "http://lab.example:8083", "pw"));
        Account instructor = accounts.create(unique("lab-instructor"), "Lab instructor",
                EnumSet.of(Role.INSTRUCTOR), "it-password-123456".toCharArray());
        Account learner = accounts.create(unique("lab-member"), "Lab member", EnumSet.of(Role.LEARNER),
                "it-password-123456".toCharArray());
        Account loner = accounts.create(unique("lab-loner"), "Lab loner", EnumSet.of(Role.LEARNER),
                "it-password-123456".toCharArray());
        Caller caller = Caller.of(instructor);
        String cohortName = unique("Поток");
        Cohort cohort = cohorts.create(caller, cohortName, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30),
                classroom.name());
        try {
            cohorts.enroll(caller, cohort.id(), learner.id());

            assertEquals(classroom.id(), environments.environmentOf(learner.id()).id(), "the cohort's environment");
            assertEquals(environments.defaultEnvironment().id(), environments.environmentOf(loner.id()).id());
            assertEquals(List.of(cohortName), environments.cohortsByEnvironment().get(classroom.id()));

            InvalidLabEnvironmentException rename = assertThrows(InvalidLabEnvironmentException.class, () ->
                    environments.update(classroom.id(), classroom.version(), settings(unique("renamed"), "http://lab.example:8083", null)));
            assertEquals("usedByCohorts", rename.problems().get(0).key());
            assertTrue(rename.problems().get(0).args().contains(cohortName), rename.problems().toString());
            InvalidLabEnvironmentException remove = assertThrows(InvalidLabEnvironmentException.class,
                    () -> environments.remove(classroom.id()));
            assertEquals("usedByCohorts", remove.problems().get(0).key());
            assertEquals(classroom.name(), environments.summary(classroom.id()).orElseThrow().name(), "nothing changed");

            cohorts.update(caller, cohort.id(), cohorts.open(caller, cohort.id()).version(), cohortName,
                    LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), "no-such-environment");
            assertEquals(environments.defaultEnvironment().id(), environments.environmentOf(learner.id()).id(),
                    "a cohort naming an unknown environment leaves its learners on the default one");
            assertEquals(List.of(cohortName), environments.cohortsWithUnknownEnvironment().get("no-such-environment"));
        } finally {
            cohorts.delete(caller, cohort.id());
            environments.remove(classroom.id());
        }
    }
}

package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.AccountAdministration;
import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.audit.AuditAction;
import dev.courseportal.domain.audit.AuditLog;
import dev.courseportal.domain.audit.AuditQuery;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.cohort.boundary.CohortProgress;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.cohort.boundary.RosterImport;
import dev.courseportal.domain.cohort.boundary.RosterImport.Verdict;
import dev.courseportal.domain.cohort.control.ProgressMatrix;
import dev.courseportal.domain.cohort.control.RosterFileException;
import dev.courseportal.domain.cohort.entity.Cohort;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.it.PortalDeployment;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cohorts, rosters (one by one and from CSV), who may reach what, and the progress matrix. */
@ExtendWith(ArquillianExtension.class)
class CohortsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(CohortsIT.class);
    }

    @EJB(lookup = "java:global/course-portal/course-domain/AccountService")
    AccountService accounts;

    @EJB(lookup = "java:global/course-portal/course-domain/AccountAdministration")
    AccountAdministration administration;

    @EJB(lookup = "java:global/course-portal/course-domain/CohortService")
    CohortService cohorts;

    @EJB(lookup = "java:global/course-portal/course-domain/RosterImport")
    RosterImport roster;

    @EJB(lookup = "java:global/course-portal/course-domain/CohortProgress")
    CohortProgress progress;

    @EJB(lookup = "java:global/course-portal/course-domain/ProgressService")
    ProgressService marks;

    @EJB(lookup = "java:global/course-portal/course-domain/AuditLog")
    AuditLog audit;

    @EJB(lookup = "java:global/course-portal/course-domain/CourseCatalog")
    CourseCatalog catalog;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    private Account account(String name, Role... roles) {
        return accounts.create(name + "-" + run, "Person " + name, EnumSet.of(roles[0], roles), "Test-Password-2026".toCharArray());
    }

    private Caller admin() {
        return Caller.of(accounts.byUsername("admin").orElseThrow());
    }

    private Cohort cohortOf(Caller instructor) {
        return cohorts.create(instructor, "Cohort " + run, LocalDate.now(), LocalDate.now().plusWeeks(6), "classroom-1");
    }

    @Test
    void anInstructorReachesOnlyTheCohortsTheyRun() {
        Caller mine = Caller.of(account("teacher-a", Role.INSTRUCTOR));
        Caller other = Caller.of(account("teacher-b", Role.INSTRUCTOR));
        Caller learner = Caller.of(account("pupil", Role.LEARNER));
        Cohort cohort = cohortOf(mine);
        cohorts.enroll(mine, cohort.id(), learner.accountId());

        assertTrue(cohorts.visibleTo(other).stream().noneMatch(c -> c.id() == cohort.id()));
        assertTrue(cohorts.visibleTo(admin()).stream().anyMatch(c -> c.id() == cohort.id()), "an administrator sees all");
        for (Caller wrong : List.of(other, learner)) {
            assertThrows(AccessDeniedException.class, () -> cohorts.summary(wrong, cohort.id()));
            assertThrows(AccessDeniedException.class, () -> cohorts.members(wrong, cohort.id()));
            assertThrows(AccessDeniedException.class, () -> cohorts.update(wrong, cohort.id(), 0, "x", LocalDate.now(),
                    LocalDate.now(), null));
            assertThrows(AccessDeniedException.class, () -> cohorts.enroll(wrong, cohort.id(), wrong.accountId()));
            assertThrows(AccessDeniedException.class, () -> cohorts.unenroll(wrong, cohort.id(), learner.accountId()));
            assertThrows(AccessDeniedException.class, () -> progress.matrix(wrong, cohort.id()));
            assertThrows(AccessDeniedException.class, () -> progress.learnerInCohort(wrong, cohort.id(), learner.accountId()));
            assertThrows(AccessDeniedException.class, () -> roster.preview(wrong, cohort.id(),
                    "x".getBytes(StandardCharsets.UTF_8)));
        }
        assertThrows(AccessDeniedException.class, () -> cohorts.visibleTo(learner), "a learner lists no cohorts to run");
        assertEquals(1, cohorts.members(mine, cohort.id()).size(), "nothing the refused callers tried changed the roster");
        assertEquals(1, cohorts.members(admin(), cohort.id()).size());
        assertTrue(audit.count(admin(), new AuditQuery(other.username(), AuditAction.ACCESS_DENIED.name(), null, null,
                null)) > 0, "refusals are audited");
    }

    @Test
    void aLearnersProgressIsTheirsTheirInstructorsAndAdministrators() {
        Caller teacher = Caller.of(account("teacher-c", Role.INSTRUCTOR));
        Caller stranger = Caller.of(account("teacher-d", Role.INSTRUCTOR));
        Caller learner = Caller.of(account("pupil-c", Role.LEARNER));
        Caller classmate = Caller.of(account("pupil-d", Role.LEARNER));
        Cohort cohort = cohortOf(teacher);
        cohorts.enroll(teacher, cohort.id(), learner.accountId());
        cohorts.enroll(teacher, cohort.id(), classmate.accountId());

        assertEquals(learner.accountId(), progress.learner(learner, learner.accountId()).accountId());
        assertEquals(learner.accountId(), progress.learner(teacher, learner.accountId()).accountId());
        assertEquals(learner.accountId(), progress.learner(admin(), learner.accountId()).accountId());
        assertThrows(AccessDeniedException.class, () -> progress.learner(classmate, learner.accountId()));
        assertThrows(AccessDeniedException.class, () -> progress.learner(stranger, learner.accountId()));

        Caller outsider = Caller.of(account("pupil-e", Role.LEARNER));
        assertThrows(AccessDeniedException.class, () -> progress.learnerInCohort(teacher, cohort.id(), outsider.accountId()),
                "a learner outside the cohort is not shown through it");
        assertEquals(List.of(cohort.name()), cohorts.cohortsOf(learner).stream().map(c -> c.name()).toList());
        assertEquals(List.of("Person teacher-c"), cohorts.cohortsOf(learner).get(0).instructors());
    }

    @Test
    void rosterCsvIsPreviewedLineByLineAndAppliedOnceOnly() throws RosterFileException {
        Caller teacher = Caller.of(account("teacher-e", Role.INSTRUCTOR));
        Cohort cohort = cohortOf(teacher);
        Account ok = account("csv-ok", Role.LEARNER);
        Account byMail = accounts.create("csv-mail-" + run, "By Mail", EnumSet.of(Role.LEARNER), null);
        administration.update(admin(), byMail.id(), byMail.version(), "By Mail", "mail-" + run + "@example.org",
                EnumSet.of(Role.LEARNER));
        Account staff = account("csv-staff", Role.INSTRUCTOR);
        Account gone = account("csv-gone", Role.LEARNER);
        administration.deactivate(admin(), gone.id());
        String csv = "username;comment\n"
                + ok.username() + ";first\n"
                + "\"MAIL-" + run + "@example.org\",by e-mail, any case\n"
                + "nobody-" + run + "\n"
                + staff.username() + "\n"
                + gone.username() + "\n"
                + ok.username() + "\n"
                + "two words\n"
                + "\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        RosterImport.Outcome preview = roster.preview(teacher, cohort.id(), file);
        assertEquals(List.of(Verdict.ADD, Verdict.ADD, Verdict.UNKNOWN_ACCOUNT, Verdict.NOT_A_LEARNER, Verdict.INACTIVE,
                Verdict.DUPLICATE, Verdict.INVALID), preview.rows().stream().map(RosterImport.Row::verdict).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), preview.rows().stream().map(RosterImport.Row::line).toList(),
                "each verdict names the line of the file");
        assertTrue(cohorts.members(teacher, cohort.id()).isEmpty(), "a preview changes nothing");

        RosterImport.Outcome applied = roster.apply(teacher, cohort.id(), file);
        assertEquals(2, applied.count(Verdict.ADD));
        assertEquals(Set.of(ok.username(), byMail.username()), Set.copyOf(cohorts.members(teacher, cohort.id()).stream()
                .map(m -> m.username()).toList()));

        RosterImport.Outcome again = roster.apply(teacher, cohort.id(), file);
        assertEquals(0, again.count(Verdict.ADD));
        assertEquals(2, again.count(Verdict.ALREADY_MEMBER));
        assertEquals(2, cohorts.members(teacher, cohort.id()).size(), "uploading twice adds nobody twice");
    }

    @Test
    void aMalformedRosterFileChangesNothing() {
        Caller teacher = Caller.of(account("teacher-f", Role.INSTRUCTOR));
        Cohort cohort = cohortOf(teacher);
        Account ok = account("csv-ok2", Role.LEARNER);
        byte[] latin1 = (ok.username() + "\nJos\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] unclosed = (ok.username() + "\n\"broken,row\n").getBytes(StandardCharsets.UTF_8);
        byte[] binary = new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0};
        assertEquals("roster.file.notUtf8", assertThrows(RosterFileException.class,
                () -> roster.apply(teacher, cohort.id(), latin1)).messageKey());
        assertEquals("roster.file.unclosedQuote", assertThrows(RosterFileException.class,
                () -> roster.apply(teacher, cohort.id(), unclosed)).messageKey());
        assertEquals("roster.file.notText", assertThrows(RosterFileException.class,
                () -> roster.apply(teacher, cohort.id(), binary)).messageKey());
        assertEquals("roster.file.empty", assertThrows(RosterFileException.class,
                () -> roster.apply(teacher, cohort.id(), new byte[0])).messageKey());
        assertTrue(cohorts.members(teacher, cohort.id()).isEmpty(), "not even the good first line was applied");
    }

    @Test
    void theMatrixShowsEachLearnersStateInEachLesson() {
        Caller teacher = Caller.of(account("teacher-g", Role.INSTRUCTOR));
        Cohort cohort = cohortOf(teacher);
        Account busy = account("busy", Role.LEARNER);
        Account idle = account("idle", Role.LEARNER);
        cohorts.enroll(teacher, cohort.id(), busy.id());
        cohorts.enroll(teacher, cohort.id(), idle.id());
        List<String> lessons = catalog.course().lessons().stream().map(l -> l.id()).toList();
        marks.markDone(busy.id(), lessons.get(0));
        marks.visit(busy.id(), lessons.get(1), null);
        marks.recordQuizAnswer(busy.id(), lessons.get(0), "q1", "0", true);
        marks.recordQuizAnswer(busy.id(), lessons.get(0), "q2", "1", false);

        ProgressMatrix matrix = progress.matrix(teacher, cohort.id());
        assertEquals(lessons.size(), matrix.columns().size());
        ProgressMatrix.Row busyRow = matrix.rows().stream().filter(r -> r.accountId() == busy.id()).findFirst().orElseThrow();
        assertEquals(ProgressMatrix.DONE, busyRow.state(0));
        assertEquals(ProgressMatrix.VISITED, busyRow.state(1));
        assertEquals(ProgressMatrix.NOT_STARTED, busyRow.state(2));
        assertEquals(1, busyRow.done());
        assertEquals(50, busyRow.quizPercent());
        int firstModule = matrix.modules().get(0).to() - matrix.modules().get(0).from();
        assertEquals(Math.round(100.0 / (2 * firstModule)), matrix.moduleCompletion()[0],
                "one lesson done by one of two learners in the first module");
        assertEquals(List.of(idle.id()), matrix.inactiveSince(Instant.now().minusSeconds(3600)).stream()
                .map(ProgressMatrix.Row::accountId).toList(), "the learner who never started is inactive");
        CohortProgress.LearnerDetail detail = progress.learnerInCohort(teacher, cohort.id(), busy.id());
        assertEquals("DONE", detail.lessons().get(0).state());
        assertEquals(1, detail.lessons().get(0).quizCorrect());
        assertEquals(2, detail.lessons().get(0).quizAnswered());
    }
}

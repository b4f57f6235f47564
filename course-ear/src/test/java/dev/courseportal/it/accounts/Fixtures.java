package dev.courseportal.it.accounts;

import dev.courseportal.content.LabStep;
import dev.courseportal.content.Lesson;
import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.lab.boundary.LabCheckRecords;
import dev.courseportal.domain.lab.entity.LabCheckResult;
import dev.courseportal.domain.progress.boundary.ProgressService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test data for the tests that drive the portal from outside: a servlet of the test module
 * ({@code /portal-fixtures/fixtures}, deployed only by the tests) that creates accounts, cohorts,
 * enrollments, progress and lab check results through the domain services. Every operation that
 * creates an account or cohort is idempotent, because the test database outlives a test run; a
 * lab check adds one more run, as a learner's click does.
 */
@WebServlet("/fixtures")
public class Fixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PASSWORD = "Fixture-Password-2026!";
    /** Stands for an administrator when the fixtures call services that check their caller. */
    static final Caller FIXTURE = new Caller(0, "fixture", EnumSet.of(Role.ADMINISTRATOR));

    @EJB(lookup = "java:global/course-portal/course-domain/AccountService")
    AccountService accounts;

    @EJB(lookup = "java:global/course-portal/course-domain/CohortService")
    CohortService cohorts;

    @EJB(lookup = "java:global/course-portal/course-domain/ProgressService")
    ProgressService progress;

    @EJB(lookup = "java:global/course-portal/course-domain/CourseCatalog")
    CourseCatalog catalog;

    @EJB(lookup = "java:global/course-portal/course-domain/LabCheckRecords")
    LabCheckRecords labChecks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String answer = switch (String.valueOf(request.getParameter("op"))) {
            case "account" -> String.valueOf(account(request.getParameter("username"), request.getParameter("name"),
                    request.getParameter("roles")).id());
            case "cohort" -> String.valueOf(cohort(request.getParameter("instructor"), request.getParameter("name")));
            case "enroll" -> String.valueOf(cohorts.enroll(FIXTURE, Long.parseLong(request.getParameter("cohort")),
                    accounts.byUsername(request.getParameter("username")).orElseThrow().id()));
            case "progress" -> progress(request);
            case "whois" -> accounts.byUsername(request.getParameter("username"))
                    .map(a -> a.signInSource() + " " + a.roles().stream().map(Role::securityName).sorted().toList())
                    .orElse("none");
            case "lessons" -> catalog.course().lessons().stream().map(l -> l.id()).collect(Collectors.joining("\n"));
            case "labcheck" -> labCheck(request);
            case "register" -> register(request);
            case "bench" -> BenchmarkCohort.ensure(accounts, cohorts, progress, catalog,
                    Integer.parseInt(request.getParameter("learners"))).toString();
            default -> null;
        };
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.getWriter().write(answer);
    }

    Account account(String username, String name, String roleNames) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (roleNames == null ? "LEARNER" : roleNames).split(",")) {
            roles.add(Role.valueOf(role.strip()));
        }
        return accounts.byUsername(username).orElseGet(() -> accounts.create(username,
                name == null ? username : name, roles, PASSWORD.toCharArray()));
    }

    long cohort(String instructor, String name) {
        Account owner = account(instructor, instructor, "INSTRUCTOR");
        Caller caller = Caller.of(owner);
        return cohorts.visibleTo(caller).stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> c.id())
                .orElseGet(() -> cohorts.create(caller, name, LocalDate.now(), LocalDate.now().plusWeeks(6), "classroom-1").id());
    }

    /**
     * Stores a "check my lab" run of the first lab step of the course (its first check passing or
     * failing as asked), as the lab module stores a learner's check. Answers the lesson id, step id,
     * lesson title and step title, tab-separated.
     */
    private String labCheck(HttpServletRequest request) {
        long id = accounts.byUsername(request.getParameter("username")).orElseThrow().id();
        boolean passed = Boolean.parseBoolean(request.getParameter("passed"));
        for (Lesson lesson : catalog.course().lessons()) {
            for (LabStep step : lesson.lab().map(lab -> lab.steps()).orElse(List.of())) {
                if (step.checks().isEmpty()) {
                    continue;
                }
                LabCheckResult result = new LabCheckResult(step.checks().get(0).kind().sourceName(), passed,
                        passed ? "as expected" : "connection refused", step.checks().get(0).hint(),
                        passed ? "check.passed" : "probe.refused", List.of(), passed ? "passed" : "refused", 12);
                labChecks.record(id, lesson.id(), step.id(), null, "fixture-lab", Instant.now(), 12, List.of(result));
                return lesson.id() + "\t" + step.id() + "\t" + lesson.title() + "\t" + step.title();
            }
        }
        throw new IllegalStateException("the course has no lab step with checks");
    }

    /**
     * Calls self-registration directly, as a request that never saw the page would: the account's
     * id, or "refused " and why.
     */
    private String register(HttpServletRequest request) {
        try {
            return String.valueOf(accounts.register(request.getParameter("username"), request.getParameter("name"),
                    request.getParameter("email"), request.getParameter("password").toCharArray()).id());
        } catch (AccessDeniedException e) {
            return "refused closed";
        } catch (InvalidInputException e) {
            return "refused " + e.messageKey();
        }
    }

    private String progress(HttpServletRequest request) {
        long id = accounts.byUsername(request.getParameter("username")).orElseThrow().id();
        String lesson = request.getParameter("lesson");
        if (Boolean.parseBoolean(request.getParameter("done"))) {
            progress.markDone(id, lesson);
        } else {
            progress.visit(id, lesson, null);
        }
        return "ok";
    }
}

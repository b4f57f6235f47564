package dev.courseportal.it.security;

import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.capstone.CapstoneService;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.progress.boundary.ProgressService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * Hostile test data put in through the domain services, as a person could type it in a form: a
 * servlet of a web module only the security tests deploy ({@code /security-fixtures/data}). Every
 * operation is idempotent (the test database outlives a run). A value the services refuse answers
 * {@code refused}: a refused vector never reaches a page, which is as good as escaped.
 */
@WebServlet("/data")
public class SecurityFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD = "Security-Fixture-2026!";
    private static final Caller FIXTURE = new Caller(0, "fixture", EnumSet.of(Role.ADMINISTRATOR));

    @EJB(lookup = "java:global/course-portal/course-domain/AccountService")
    AccountService accounts;

    @EJB(lookup = "java:global/course-portal/course-domain/CohortService")
    CohortService cohorts;

    @EJB(lookup = "java:global/course-portal/course-domain/CapstoneService")
    CapstoneService capstones;

    @EJB(lookup = "java:global/course-portal/course-domain/ProgressService")
    ProgressService progress;

    @EJB(lookup = "java:global/course-portal/course-domain/CourseCatalog")
    CourseCatalog catalog;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String answer;
        try {
            answer = switch (String.valueOf(request.getParameter("op"))) {
                case "account" -> String.valueOf(account(request.getParameter("username"), request.getParameter("name"),
                        Role.valueOf(request.getParameter("role"))).id());
                case "cohort" -> String.valueOf(cohort(request.getParameter("instructor"), request.getParameter("name")));
                case "enroll" -> String.valueOf(cohorts.enroll(FIXTURE, Long.parseLong(request.getParameter("cohort")),
                        accounts.byUsername(request.getParameter("username")).orElseThrow().id()));
                case "capstone" -> capstone(request);
                case "done" -> {
                    progress.markDone(accounts.byUsername(request.getParameter("username")).orElseThrow().id(),
                            request.getParameter("lesson"));
                    yield "ok";
                }
                case "lessons" -> catalog.course().lessons().stream().map(l -> l.id()).collect(Collectors.joining("\n"));
                default -> null;
            };
        } catch (EJBException | IllegalArgumentException e) {
            answer = "refused";
        }
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.getWriter().write(answer);
    }

    private Account account(String username, String name, Role role) {
        return accounts.byUsername(username)
                .orElseGet(() -> accounts.create(username, name, EnumSet.of(role), PASSWORD.toCharArray()));
    }

    private long cohort(String instructor, String name) {
        Caller caller = Caller.of(account(instructor, instructor, Role.INSTRUCTOR));
        return cohorts.visibleTo(caller).stream().filter(c -> c.name().equals(name)).findFirst().map(c -> c.id())
                .orElseGet(() -> cohorts.create(caller, name, LocalDate.now(), LocalDate.now().plusWeeks(6), "classroom-1").id());
    }

    private String capstone(HttpServletRequest request) {
        long learner = account(request.getParameter("username"), request.getParameter("username"), Role.LEARNER).id();
        String title = request.getParameter("title");
        if (capstones.of(learner).stream().anyMatch(s -> s.title().equals(title))) {
            return "exists";
        }
        try {
            return String.valueOf(capstones.submit(learner, title, request.getParameter("url"), request.getParameter("summary")).id());
        } catch (CapstoneService.InvalidSubmission e) {
            return "refused";
        }
    }
}

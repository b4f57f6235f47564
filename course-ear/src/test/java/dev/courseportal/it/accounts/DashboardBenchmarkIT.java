package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.cohort.boundary.CohortProgress;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.cohort.control.ProgressMatrix;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.it.PortalDeployment;
import jakarta.ejb.EJB;
import java.util.Arrays;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's server time for a generated cohort of 500 learners with realistic progress
 * (see {@link BenchmarkCohort}). Prints its figures; it asserts only that the dashboard shows the
 * whole cohort, never a time, since the build machine's speed is not the portal's. The page as a
 * browser gets it is measured by {@link DashboardPageBenchmarkIT}.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBenchmarkIT {

    private static final Logger LOG = Logger.getLogger(DashboardBenchmarkIT.class.getName());
    static final int LEARNERS = 500;

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(DashboardBenchmarkIT.class, BenchmarkCohort.class, BenchmarkCohort.Made.class,
                Fixtures.class);
    }

    @EJB(lookup = "java:global/course-portal/course-domain/AccountService")
    AccountService accounts;

    @EJB(lookup = "java:global/course-portal/course-domain/CohortService")
    CohortService cohorts;

    @EJB(lookup = "java:global/course-portal/course-domain/ProgressService")
    ProgressService progress;

    @EJB(lookup = "java:global/course-portal/course-domain/CohortProgress")
    CohortProgress dashboard;

    @EJB(lookup = "java:global/course-portal/course-domain/CourseCatalog")
    CourseCatalog catalog;

    @Test
    void matrixOfFiveHundredLearners() {
        BenchmarkCohort.Made made = BenchmarkCohort.ensure(accounts, cohorts, progress, catalog, LEARNERS);
        Caller instructor = Caller.of(accounts.byUsername(BenchmarkCohort.INSTRUCTOR).orElseThrow());
        long[] millis = new long[12];
        ProgressMatrix matrix = null;
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            matrix = dashboard.matrix(instructor, made.cohortId());
            matrix.moduleCompletion();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        assertEquals(LEARNERS, matrix.rows().size());
        long[] warm = Arrays.copyOfRange(millis, 2, millis.length);
        Arrays.sort(warm);
        String report = String.format("DASHBOARD BENCHMARK (in-container): %d learners x %d lessons; data generated in %d ms"
                        + " (0 = reused); matrix build first %d ms, warm median %d ms, warm max %d ms",
                LEARNERS, matrix.columns().size(), made.generationMillis(), millis[0], warm[warm.length / 2],
                warm[warm.length - 1]);
        LOG.info(report);
        System.out.println(report);
    }
}

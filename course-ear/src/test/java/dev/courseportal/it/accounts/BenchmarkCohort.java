package dev.courseportal.it.accounts;

import dev.courseportal.content.Lesson;
import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.progress.boundary.ProgressService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * A generated cohort for the dashboard benchmark: N learners with realistic progress. Learners
 * move through the course in order, so learner i has done the first k lessons and is reading the
 * next one, k spread like a real cohort (many early, few finished, some never started); about a
 * third answered quiz questions. Fixed seed, fixed names: generated once, reused by later runs.
 */
final class BenchmarkCohort {

    static final String INSTRUCTOR = "bench-instructor";
    static final String NAME_PREFIX = "Benchmark cohort of ";

    /** What the generator made or found. */
    record Made(long cohortId, int learners, long generationMillis) {
        @Override
        public String toString() {
            return cohortId + " " + learners + " " + generationMillis;
        }
    }

    private BenchmarkCohort() {
    }

    static Made ensure(AccountService accounts, CohortService cohorts, ProgressService progress, CourseCatalog catalog,
                       int size) {
        long started = System.nanoTime();
        Account instructor = accounts.byUsername(INSTRUCTOR).orElseGet(() -> accounts.create(INSTRUCTOR,
                "Benchmark Instructor", EnumSet.of(Role.INSTRUCTOR), Fixtures.PASSWORD.toCharArray()));
        Caller caller = Caller.of(instructor);
        String name = NAME_PREFIX + size;
        long cohortId = cohorts.visibleTo(caller).stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> c.id()).orElse(-1L);
        if (cohortId > 0 && cohorts.summary(caller, cohortId).memberCount() >= size) {
            return new Made(cohortId, size, 0);
        }
        if (cohortId < 0) {
            cohortId = cohorts.create(caller, name, LocalDate.now().minusWeeks(4), LocalDate.now().plusWeeks(8),
                    "classroom-bench").id();
        }
        List<Lesson> lessons = catalog.course().lessons();
        Random random = new Random(42);
        for (int i = 0; i < size; i++) {
            String username = "bench-" + size + "-" + i;
            Account learner = accounts.byUsername(username).orElseGet(() -> accounts.create(username,
                    "Слушатель " + username, EnumSet.of(Role.LEARNER), null));
            cohorts.enroll(caller, cohortId, learner.id());
            double r = random.nextDouble();
            int done = r < 0.1 ? 0 : r < 0.9 ? (int) (random.nextDouble() * lessons.size() * 0.6) : lessons.size();
            for (int l = 0; l < Math.min(done, lessons.size()); l++) {
                progress.markDone(learner.id(), lessons.get(l).id());
            }
            if (done > 0 && done < lessons.size()) {
                progress.visit(learner.id(), lessons.get(done).id(), null);
            }
            if (random.nextInt(3) == 0) {
                for (int q = 0; q < Math.min(done, 5); q++) {
                    progress.recordQuizAnswer(learner.id(), lessons.get(q).id(), "q1", "0", random.nextBoolean());
                }
            }
        }
        return new Made(cohortId, size, (System.nanoTime() - started) / 1_000_000);
    }
}

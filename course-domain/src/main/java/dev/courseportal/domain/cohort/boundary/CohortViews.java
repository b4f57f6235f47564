package dev.courseportal.domain.cohort.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The read-only shapes in which cohorts leave the domain, small and serializable for view state. */
public final class CohortViews {

    private CohortViews() {
    }

    /** A cohort as listed to its instructors and administrators. */
    public record CohortSummary(long id, String name, LocalDate startsOn, LocalDate endsOn, String labEnvironment,
                                long memberCount, List<String> instructors, long version) implements Serializable {
    }

    /** One learner of a cohort's roster. */
    public record Member(long accountId, String username, String displayName, String email, Instant addedAt,
                         boolean active) implements Serializable {
    }

    /** A cohort as its learner sees it: when, which lab, who runs it. */
    public record LearnerCohort(long id, String name, LocalDate startsOn, LocalDate endsOn, String labEnvironment,
                                List<String> instructors) implements Serializable {
    }

    /** An account that could join a roster, as the search offers it. */
    public record Candidate(long accountId, String username, String displayName, String email) implements Serializable {
    }
}

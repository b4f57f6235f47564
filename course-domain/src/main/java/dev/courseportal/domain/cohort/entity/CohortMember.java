package dev.courseportal.domain.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A learner's membership of a cohort. Not a collection on {@link Cohort}: a cohort may hold
 * hundreds of learners, and nothing should load them all to add one.
 */
@Entity
@Table(name = "cohort_member")
@IdClass(CohortMember.Key.class)
public class CohortMember {

    /** The composite key: one row per cohort and learner. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long cohortId;
        private Long accountId;

        public Key() {
            // for JPA
        }

        public Key(Long cohortId, Long accountId) {
            this.cohortId = cohortId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(cohortId, key.cohortId)
                    && java.util.Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(cohortId, accountId);
        }
    }

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CohortMember() {
        // for JPA
    }

    public Long cohortId() {
        return cohortId;
    }

    public Long accountId() {
        return accountId;
    }

    public Instant addedAt() {
        return addedAt;
    }
}

package dev.courseportal.domain.capstone;

/** Where a capstone design stands with the instructor. */
public enum ReviewStatus {
    SUBMITTED,
    CHANGES_REQUESTED,
    ACCEPTED
}

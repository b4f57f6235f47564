package dev.courseportal.domain.audit;

/** What an audit entry records. Stored by name, so names never change once released. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SSO_SIGN_IN,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    ROLES_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    ACCOUNT_UNLOCKED,
    SELF_REGISTERED,
    COHORT_CREATED,
    COHORT_UPDATED,
    COHORT_DELETED,
    ENROLLED,
    UNENROLLED,
    ROSTER_UPLOADED,
    PROGRESS_IMPORTED,
    ACCESS_DENIED
}

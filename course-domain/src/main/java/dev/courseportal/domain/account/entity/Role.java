package dev.courseportal.domain.account.entity;

/** What an account may do in the portal; an account may hold several roles. */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    ADMINISTRATOR;

    /** The role name used by Jakarta Security and {@code @RolesAllowed}. */
    public String securityName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

/**
 * Lab environments and what the portal learns about them: the endpoints of each lab (a
 * learner's laptop stack or a shared classroom stack, credentials kept but never shown back),
 * the health history the timer records, and the learners' "check my lab" results. The probes
 * and checks themselves live in lab-ops; this package only stores and answers.
 *
 * <p>{@code boundary} holds the transactional services, {@code entity} the JPA entities
 * (schema in {@code db/migration/V3__lab_environments.sql}), {@code control} the rules an
 * environment's settings must follow.
 */
package dev.courseportal.domain.lab;

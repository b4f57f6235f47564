/**
 * Lab-step verification: "check my lab". A lesson declares checks as data (kind,
 * parameters, hint: see course-content's README, "Lab check kinds"); a
 * {@link dev.courseportal.lab.verification.LabCheckRunner} runs them against the learner's
 * lab environment and returns, per check, passed or failed, the value it observed and the
 * declared hint. Checks take plain strings so that this package does not depend on the
 * content engine's classes. Checks only read: they never commit Kafka offsets, never write
 * to the database, and reach only the services of the environment.
 */
package dev.courseportal.lab.verification;

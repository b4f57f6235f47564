/**
 * The transaction edge of lab environments: {@link dev.courseportal.domain.lab.boundary.LabEnvironmentService}
 * (environments, the default one, a learner's one), {@link dev.courseportal.domain.lab.boundary.ProbeHistoryService}
 * (what the timer records: runs, history, latest state per service, the run lease) and
 * {@link dev.courseportal.domain.lab.boundary.LabCheckRecords} (the learners' "check my lab" results).
 *
 * <p>A learner's environment is the one their cohort names ({@code cohort.lab_environment}), else
 * the default one. Cohorts are another component: {@link dev.courseportal.domain.lab.boundary.CohortLabEnvironments}
 * only reads that column and the roster, and an environment that cohorts use cannot be renamed or
 * removed.
 */
package dev.courseportal.domain.lab.boundary;

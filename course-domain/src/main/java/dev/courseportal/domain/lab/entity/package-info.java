/**
 * JPA entities of lab environments: {@link dev.courseportal.domain.lab.entity.LabEnvironment},
 * the probe history ({@link dev.courseportal.domain.lab.entity.ProbeRun},
 * {@link dev.courseportal.domain.lab.entity.ProbeRecord}, the latest state per service in
 * {@link dev.courseportal.domain.lab.entity.ServiceState}) and the learners' lab-step results
 * ({@link dev.courseportal.domain.lab.entity.LabCheckRun}).
 */
package dev.courseportal.domain.lab.entity;

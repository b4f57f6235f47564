/**
 * The health-check timer. {@link dev.courseportal.lab.schedule.LabProbeSchedule} owns the
 * timers: one persistent interval timer ({@code PORTAL_LAB_PROBE_INTERVAL_SECONDS}, default
 * 30 s) in the server's database timer store, so that in a cluster one node runs each
 * timeout, and short one-off timers for "probe now". Its timeout method only triggers
 * {@link dev.courseportal.lab.schedule.ProbeRuns}, which does the work: probes every probed
 * environment in parallel on the managed executor under one deadline, stores the results,
 * logs changes of state and prunes history older than {@code PORTAL_LAB_HISTORY_DAYS}.
 *
 * <p>Runs never overlap: on one node an atomic flag refuses a second run, across nodes a lease
 * row in the database does (a duplicate timer, created by two nodes starting at once, costs a
 * skipped run, never two runs at a time).
 */
package dev.courseportal.lab.schedule;

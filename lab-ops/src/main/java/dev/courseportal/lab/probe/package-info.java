/**
 * Health probes of a lab environment's services, for the lab status page and the timer
 * that keeps its history. One {@link dev.courseportal.lab.probe.Probe} a service, each
 * bounded by its own connect and read timeouts; {@link dev.courseportal.lab.probe.ProbeRunner}
 * runs all probes of many environments in parallel on a supplied executor under one
 * deadline. A probe never throws: whatever happens becomes a
 * {@link dev.courseportal.lab.probe.ProbeResult} (UP, DEGRADED or DOWN) with a message key.
 */
package dev.courseportal.lab.probe;

/**
 * What the portal's lab work runs on inside the server: the settings read from
 * {@code PORTAL_LAB_*} environment variables ({@link dev.courseportal.lab.runtime.LabSettings}),
 * one managed executor for probes and checks, one HTTP client, and the library's
 * {@code ProbeRunner} and {@code LabCheckRunner} built on them
 * ({@link dev.courseportal.lab.runtime.LabRuntime}). Stored environments become the library's
 * {@code LabEndpoints} here ({@link dev.courseportal.lab.runtime.EnvironmentEndpoints}): probes
 * and checks only ever go to what an administrator configured.
 */
package dev.courseportal.lab.runtime;

/**
 * The lab status the web shows and serves as JSON: for each environment a card a service
 * (status, latency, last check, last error, availability over 24 hours), read from what the
 * timer stored. {@link dev.courseportal.lab.status.LabStatus} is the boundary; it never
 * probes by itself and never returns a credential.
 */
package dev.courseportal.lab.status;

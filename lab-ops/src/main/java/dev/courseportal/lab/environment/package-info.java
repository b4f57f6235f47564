/**
 * A lab environment: a named set of endpoints ({@link dev.courseportal.lab.environment.LabEndpoints}),
 * the services a lab has ({@link dev.courseportal.lab.environment.LabService}), and the
 * bounded ways to reach them: HTTP ({@link dev.courseportal.lab.environment.LabHttp}),
 * JDBC and Kafka clients ({@link dev.courseportal.lab.environment.LabConnections}), all with
 * connect and read timeouts from {@link dev.courseportal.lab.environment.LabTimeouts}.
 * Failures become {@link dev.courseportal.lab.environment.LabMessage}s: a message key plus
 * arguments that the web layer localises, with an English text for logs.
 */
package dev.courseportal.lab.environment;

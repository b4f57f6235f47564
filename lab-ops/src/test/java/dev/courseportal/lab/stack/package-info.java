/**
 * The lab stack of the integration tests, started once per test run by
 * {@link dev.courseportal.lab.stack.LabStackExtension}: a real PostgreSQL (embedded, with
 * {@code wal_level=logical} and the lab's sample schema), a real Kafka broker in KRaft mode
 * and a real Kafka Connect worker with the Debezium PostgreSQL connector, both as child JVMs
 * built from Maven Central artifacts. The schema registry, Prometheus, Grafana and JupyterLab
 * cannot be had that way: {@link dev.courseportal.lab.stack.StandIns} answers their health
 * endpoints with small local HTTP servers, and tests that use them say so.
 */
package dev.courseportal.lab.stack;

/**
 * The content gate: checks every code block of every lesson against the real software at the versions the project
 * pins (Debezium 3.6.1.Final, Kafka 4.3.0, PostgreSQL with logical decoding, Apache Avro, python3, bash). Connector
 * configurations are validated by the connector's and Kafka Connect's own definitions, SQL runs lesson by lesson on an
 * embedded PostgreSQL loaded with the lab's sample schema, Python is compiled, YAML and Avro are parsed and checked for
 * their rules, shell is syntax-checked and its Kafka Connect REST calls are matched against Connect's resources.
 * Blocks that say in their info string why they cannot run are counted as marked. Everything here is test code, so
 * the course-content jar stays free of these heavy dependencies.
 */
package dev.courseportal.content.gate;

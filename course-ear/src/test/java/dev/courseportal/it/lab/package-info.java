/**
 * Tests of lab operations in the deployed portal: environments, the probe timer, "check my lab",
 * the lab status page. No Kafka, Connect or PostgreSQL of a lab runs here: environments point at
 * small local HTTP STAND-INS ({@link dev.courseportal.it.lab.StandInLab}) for the HTTP services,
 * at a closed port for PostgreSQL and Kafka, and at a port that accepts and never answers
 * ({@link dev.courseportal.it.lab.HungPort}) to see timeouts; test names say so. The probes and
 * checks against real services are lab-ops' own tests.
 */
package dev.courseportal.it.lab;

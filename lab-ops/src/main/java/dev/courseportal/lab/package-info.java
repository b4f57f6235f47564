/**
 * Lab operations: what the portal knows about a learner's Debezium lab and how it
 * talks to it. {@code environment} describes a lab (its endpoints and how to reach
 * them with bounded timeouts), {@code probe} checks each service's health for the
 * status page and the timer, {@code verification} runs a lesson's declared lab
 * checks. Plain Java, no container needed: the EJB layer wraps these classes and
 * passes in the HTTP client, executor and clock.
 */
package dev.courseportal.lab;

/**
 * What the portal needs before anything else runs: its database schema at this build's version,
 * by forward-only Flyway migrations ({@code db/migration}) that keep every learner's data.
 */
package dev.courseportal.domain.platform;

/**
 * Real databases for the domain's plain tests: H2 in the PostgreSQL mode the portal runs it in,
 * and a real PostgreSQL (zonky's embedded binaries), each test on a fresh, empty database.
 */
package dev.courseportal.domain.testdb;

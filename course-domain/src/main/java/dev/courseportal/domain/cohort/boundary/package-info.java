/**
 * Entry points for cohorts: running them, their rosters (one by one or from a CSV file) and the
 * progress their instructors watch. Every method takes the
 * {@link dev.courseportal.domain.account.boundary.Caller} and checks that it may reach the cohort.
 */
package dev.courseportal.domain.cohort.boundary;

/**
 * Cohorts: a group of learners that one or more instructors run through the course on a lab
 * environment, and what instructors see of their progress. An instructor reaches only the cohorts
 * they run; an administrator reaches all.
 */
package dev.courseportal.domain.cohort;

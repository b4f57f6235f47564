/**
 * Rules of cohorts that need no container: reading a roster CSV file, and the progress matrix an
 * instructor's dashboard shows.
 */
package dev.courseportal.domain.cohort.control;

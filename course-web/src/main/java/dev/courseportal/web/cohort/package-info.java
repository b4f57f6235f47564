/** A learner's own view of cohorts: which they belong to, when, on which lab, and with whom. */
package dev.courseportal.web.cohort;

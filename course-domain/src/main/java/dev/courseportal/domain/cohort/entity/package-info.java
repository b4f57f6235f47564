/** JPA entities of cohorts: the cohort with its instructors, and its members. */
package dev.courseportal.domain.cohort.entity;

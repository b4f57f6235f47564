/**
 * The capstone project: the production-readiness self-assessment checklist a learner ticks item by
 * item, and the design documents learners submit for their instructor's review.
 */
package dev.courseportal.domain.capstone;

/** The learner's capstone screens: design submission and the instructor's reviews of it. */
package dev.courseportal.web.capstone;

/**
 * Instructors' screens: their cohorts, each cohort's roster (search, one by one, CSV upload with a
 * preview), the progress dashboard (matrix, module chart, inactive learners, drill-down) and its
 * CSV and XLSX exports. Administrators see every cohort here too.
 */
package dev.courseportal.web.instructor;

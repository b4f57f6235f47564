/**
 * The audit log: who did what to whom and when (sign-ins and their failures, account and role
 * changes, enrollments, progress imports). Entries are only ever added; administrators filter
 * and export them.
 */
package dev.courseportal.domain.audit;

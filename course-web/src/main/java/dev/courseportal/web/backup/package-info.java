/**
 * Backup and restore of the whole portal over HTTP, for administrators: a browser download under
 * {@code /admin/backup}, and the same for scripts under {@code /api/admin/backup} with HTTP Basic.
 */
package dev.courseportal.web.backup;

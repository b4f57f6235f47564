/**
 * The backup engine, on plain JDBC and JSON-P so that it needs no container: which tables a backup
 * holds and how their rows refer to each other ({@link dev.courseportal.domain.backup.control.BackupTables}),
 * how column values travel ({@link dev.courseportal.domain.backup.control.ColumnCodec}), the export
 * and the restore.
 */
package dev.courseportal.domain.backup.control;

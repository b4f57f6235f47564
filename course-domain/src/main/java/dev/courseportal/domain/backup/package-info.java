/**
 * A backup of the portal's data as one portable JSON file, and its restore into an empty portal:
 * accounts (password hashes only when asked for), progress, quiz attempts, cohorts, the audit log,
 * lab environments and the learners' lab check history, capstone work. It works on H2 and on
 * PostgreSQL alike, so it also moves a portal from the embedded database to PostgreSQL.
 * {@code control} holds the table-by-table engine; {@link PortalBackup} is the transaction edge.
 */
package dev.courseportal.domain.backup;

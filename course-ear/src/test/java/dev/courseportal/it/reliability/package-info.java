/**
 * Nothing lost: concurrent writes of one learner and of two instructors, imports while the learner
 * works, backup and restore, a real PostgreSQL stopped and started under a running portal. Also the
 * test support to drive a portal over plain HTTP ({@link dev.courseportal.it.reliability.PortalClient})
 * and to run portals of its own on PostgreSQL ({@link dev.courseportal.it.reliability.PortalServer},
 * {@link dev.courseportal.it.reliability.PortalPostgres}), which the cluster tests use too.
 */
package dev.courseportal.it.reliability;

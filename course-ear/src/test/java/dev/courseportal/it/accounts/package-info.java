/**
 * Tests of accounts, roles, sign-in, single sign-on, cohorts, the instructor's dashboard, the
 * audit log and the REST API: in-container (services called directly) and from outside (HTTP and
 * Chromium), each trying the wrong account as well as the right one.
 */
package dev.courseportal.it.accounts;

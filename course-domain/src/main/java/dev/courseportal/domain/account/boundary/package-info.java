/**
 * Entry points for accounts: sign-in, administration, single sign-on provisioning. Each takes a
 * {@link dev.courseportal.domain.account.boundary.Caller} and checks it, since container security
 * does not reach these EJBs (see {@code Caller}).
 */
package dev.courseportal.domain.account.boundary;

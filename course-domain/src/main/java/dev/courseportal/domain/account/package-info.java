/**
 * Accounts of the portal: who signs in, with which roles, and how (password here, or the
 * company's OpenID provider). {@code boundary} holds the transactional entry points, {@code
 * control} the rules that need no container, {@code entity} the JPA entities.
 */
package dev.courseportal.domain.account;

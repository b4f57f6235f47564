/**
 * Security wiring: the sign-in mechanism (form for people, HTTP Basic for the API), the identity
 * store over the portal's accounts, the check that a session's account may still act, the caller
 * that services are given, and the switch to the company's OpenID provider.
 */
package dev.courseportal.web.security;

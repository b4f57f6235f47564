/**
 * Security hardening proven from outside (issue 10, SECURITY.md): response headers and the content
 * security policy on every kind of response, output escaping against a corpus of XSS vectors,
 * forged Faces view states and REST calls without their CSRF header, error pages that leak nothing,
 * upload limits and spreadsheet formula injection. Access control, sessions and brute force are
 * proven by the accounts tests in {@code it.accounts}.
 */
package dev.courseportal.it.security;

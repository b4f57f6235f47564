/**
 * Administrators' screens: accounts (create, edit, roles, deactivate, reset passwords) and the
 * audit log with its export. The services check the caller again; these beans only present.
 */
package dev.courseportal.web.admin;

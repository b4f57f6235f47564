/**
 * The REST API a company LMS pulls: cohorts, rosters and progress, as JSON under {@code /api},
 * documented through MicroProfile OpenAPI ({@code /openapi}). Same accounts and same rules as the
 * screens: HTTP Basic (or the browser's session), and every resource checks the caller through the
 * domain services.
 */
package dev.courseportal.web.api;

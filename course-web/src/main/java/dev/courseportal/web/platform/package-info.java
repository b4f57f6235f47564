/**
 * What the portal does when what it stands on fails: a database outage answers with a clear
 * "temporarily unavailable" page (503) in the person's language instead of an error page, and the
 * portal carries on by itself once the database is back.
 */
package dev.courseportal.web.platform;

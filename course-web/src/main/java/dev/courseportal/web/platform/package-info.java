/**
 * What every request of the web module goes through, whatever page it is for: the security headers
 * of each response, and what happens when what the portal stands on fails (a database outage answers
 * with a clear "temporarily unavailable" page, 503, in the person's language instead of an error
 * page, and the portal carries on by itself once the database is back).
 */
package dev.courseportal.web.platform;

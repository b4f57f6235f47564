/**
 * Health checks of the assembled portal, packaged as a library of the EAR ({@code lib/}): WildFly
 * registers MicroProfile Health checks only from the EAR's top-level bean archives, never from its
 * EJB or web modules (WFLY-12835), so a check placed there would never run. The course and the
 * schema need no check of their own: both are loaded by startup singletons before the deployment
 * completes, and WildFly reports a deployment that has not completed as not ready.
 */
package dev.courseportal.health;

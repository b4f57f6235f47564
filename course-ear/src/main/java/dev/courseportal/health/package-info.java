/**
 * Health checks of the assembled portal, packaged as a library of the EAR ({@code lib/}): WildFly
 * registers MicroProfile Health checks only from the EAR's top-level bean archives, never from its
 * EJB or web modules (WFLY-12835), so a check placed there would never run.
 */
package dev.courseportal.health;

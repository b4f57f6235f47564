package dev.courseportal.content.gate;

import java.util.Set;

/** What one connector class defines for its configuration, beyond what Kafka Connect defines for every connector. */
interface ConnectorRules {
    /** The plain property names, for suggestions. */
    Set<String> names();

    /** Whether the connector defines the property (directly, or through a family it reads). */
    boolean knows(String key, ConfigUnderTest config);

    /** Adds a problem for every value the connector's own validation rejects and every required property missing. */
    void validate(ConfigUnderTest config);
}

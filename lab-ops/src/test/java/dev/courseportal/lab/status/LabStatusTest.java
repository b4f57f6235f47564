package dev.courseportal.lab.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LabStatusTest {

    private static ServiceCard card(String status) {
        return new ServiceCard("connect", status, 1L, Instant.now(), Instant.now(), "k", List.of(), "m", null, null,
                List.of(), null, 100.0, 1, Map.of());
    }

    @Test
    void anEnvironmentIsAsHealthyAsItsWorstService() {
        assertEquals("UP", LabStatus.worst(List.of(card("UP"), card("UP"))));
        assertEquals("DEGRADED", LabStatus.worst(List.of(card("UP"), card("DEGRADED"), ServiceCard.unknown("x"))));
        assertEquals("DOWN", LabStatus.worst(List.of(card("DOWN"), card("DEGRADED"))));
        assertEquals("UNKNOWN", LabStatus.worst(List.of(ServiceCard.unknown("x"))));
    }
}

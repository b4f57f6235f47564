package dev.courseportal.lab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LabSettingsTest {

    @Test
    void defaultsWhenNothingIsSet() {
        LabSettings settings = LabSettings.from(name -> null);
        assertEquals(Duration.ofSeconds(30), settings.probeInterval());
        assertEquals(7, settings.historyDays());
        assertEquals(Duration.ofSeconds(2), settings.timeouts().connect());
        assertEquals(Duration.ofSeconds(5), settings.timeouts().read());
        assertEquals(Duration.ofSeconds(10), settings.probeDeadline(), "connect + read + 3 s");
        assertEquals(Duration.ofSeconds(20), settings.checkDeadline(), "connect + read + event wait + 3 s");
        assertTrue(settings.warnings().isEmpty());
    }

    @Test
    void variablesAreRead() {
        LabSettings settings = LabSettings.from(Map.of(
                "PORTAL_LAB_PROBE_INTERVAL_SECONDS", " 60 ",
                "PORTAL_LAB_HISTORY_DAYS", "30",
                "PORTAL_LAB_CONNECT_TIMEOUT_MS", "500",
                "PORTAL_LAB_READ_TIMEOUT_MS", "1500",
                "PORTAL_LAB_EVENT_WAIT_MS", "4000")::get);
        assertEquals(Duration.ofSeconds(60), settings.probeInterval());
        assertEquals(30, settings.historyDays());
        assertEquals(Duration.ofMillis(500), settings.timeouts().connect());
        assertEquals(Duration.ofMillis(1500), settings.timeouts().read());
        assertEquals(Duration.ofMillis(4000), settings.timeouts().eventWait());
    }

    @Test
    void badValuesAreIgnoredWithAWarningNamingTheVariable() {
        LabSettings settings = LabSettings.from(Map.of(
                "PORTAL_LAB_PROBE_INTERVAL_SECONDS", "0",
                "PORTAL_LAB_HISTORY_DAYS", "a week")::get);
        assertEquals(Duration.ofSeconds(30), settings.probeInterval());
        assertEquals(7, settings.historyDays());
        assertEquals(2, settings.warnings().size());
        assertTrue(settings.warnings().get(0).startsWith("PORTAL_LAB_PROBE_INTERVAL_SECONDS=0"));
    }

    @Test
    void theRunDeadlineStaysUnderAShortInterval() {
        LabSettings settings = LabSettings.from(Map.of("PORTAL_LAB_PROBE_INTERVAL_SECONDS", "5")::get);
        assertEquals(Duration.ofSeconds(4), settings.probeDeadline());
    }
}

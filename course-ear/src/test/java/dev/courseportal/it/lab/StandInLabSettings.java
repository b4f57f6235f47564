package dev.courseportal.it.lab;

import dev.courseportal.domain.lab.control.LabEnvironmentSettings;

/** Environments for tests that never probe them: every service at a port where nothing listens. */
final class StandInLabSettings {

    private StandInLabSettings() {
    }

    static LabEnvironmentSettings unreachable(String name) {
        int port = StandInLab.closedPort();
        String url = "http://127.0.0.1:" + port;
        return new LabEnvironmentSettings(name, null, "jdbc:postgresql://127.0.0.1:" + port + "/inventory", "postgres",
                "unused", "127.0.0.1:" + port, url, url, url, url, url, null, false);
    }
}

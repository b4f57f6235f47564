package dev.courseportal.it;

import java.net.URI;

/** Where the portal under test answers: the provisioned server with the tests' port offset. */
public final class Portal {

    private Portal() {
    }

    private static int offset() {
        return Integer.getInteger("portal.it.port.offset", 100);
    }

    public static URI baseUri() {
        return URI.create("http://localhost:" + (8080 + offset()) + "/");
    }

    public static URI managementUri() {
        return URI.create("http://localhost:" + Integer.getInteger("portal.management.port", 9990 + offset()) + "/");
    }

    public static URI resolve(String path) {
        return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The demo accounts' password the test run gives the server (see the Failsafe configuration). */
    public static String demoPassword() {
        return System.getProperty("portal.demo.password", "Demo-Password-2026");
    }
}

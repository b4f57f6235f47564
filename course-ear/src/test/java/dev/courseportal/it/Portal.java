package dev.courseportal.it;

import java.net.URI;

/** Where the portal under test answers: the provisioned server with the tests' port offset. */
public final class Portal {

    private Portal() {
    }

    public static URI baseUri() {
        return URI.create(System.getProperty("portal.base.url", "http://localhost:8180/"));
    }

    public static URI managementUri() {
        return URI.create(System.getProperty("portal.management.url", "http://localhost:10090/"));
    }

    public static URI resolve(String path) {
        return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The demo accounts' password the test run gives the server (see the Failsafe configuration). */
    public static String demoPassword() {
        return System.getProperty("portal.demo.password", "Demo-Password-2026");
    }
}

package dev.courseportal.it.lab;

import dev.courseportal.it.PortalDeployment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The portal's EAR with the lab tests in its web module (see {@link PortalDeployment}), plus the
 * stand-ins and access to the JDK's {@code com.sun.net.httpserver} and {@code com.sun.management}
 * (modules {@code jdk.httpserver}, {@code jdk.management}), which a deployment in WildFly does not
 * see unless its manifest asks.
 */
final class LabDeployment {

    private static final String WEB_MODULE = "course-web.war";
    /** The JDK's HTTP server for the stand-ins, and its process CPU time for the cost measurement. */
    private static final String DEPENDENCY = "jdk.httpserver, jdk.management";

    private LabDeployment() {
    }

    static EnterpriseArchive withTests(Class<?>... testClasses) {
        List<Class<?>> classes = new ArrayList<>(Arrays.asList(testClasses));
        classes.addAll(List.of(StandInLab.class, HungPort.class, LabTestSupport.class, StandInLabSettings.class));
        EnterpriseArchive ear = PortalDeployment.withTests(classes.toArray(Class<?>[]::new));
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.setManifest(new StringAsset(withHttpServer(manifest(web))));
        return ear;
    }

    private static String manifest(WebArchive web) {
        var node = web.get("META-INF/MANIFEST.MF");
        if (node == null || node.getAsset() == null) {
            return "Manifest-Version: 1.0\n";
        }
        try (InputStream in = node.getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest with those modules added to its Dependencies (kept if it has some). */
    static String withHttpServer(String manifest) {
        StringBuilder out = new StringBuilder();
        boolean added = false;
        for (String line : manifest.replace("\r\n", "\n").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("Dependencies:")) {
                line = line + ", " + DEPENDENCY;
                added = true;
            }
            out.append(line).append('\n');
        }
        if (!added) {
            out.append("Dependencies: ").append(DEPENDENCY).append('\n');
        }
        return out.toString();
    }
}

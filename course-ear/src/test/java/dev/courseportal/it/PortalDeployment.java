package dev.courseportal.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR this build produced, as Arquillian deploys it. In-container tests ride in the portal's own
 * web module, whose web.xml gets one extra public URL for Arquillian's test runner servlet; nothing
 * else of the portal changes.
 */
public final class PortalDeployment {

    public static final String EAR = "course-portal.ear";
    private static final String WEB_MODULE = "course-web.war";
    private static final String RUNNER = "/ArquillianServletRunnerEE9";

    private PortalDeployment() {
    }

    /** The unchanged EAR, for tests that drive the portal from outside (browser, HTTP). */
    public static EnterpriseArchive asBuilt() {
        File ear = new File(System.getProperty("portal.ear", "target/" + EAR));
        if (!ear.isFile()) {
            throw new IllegalStateException("The EAR " + ear.getAbsolutePath()
                    + " does not exist: run the tests with 'mvn verify' from the project root.");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The EAR with the given test classes in its web module, for in-container tests. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = asBuilt();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        web.addClass(PortalDeployment.class);
        web.setWebXML(new StringAsset(withPublicRunner(read(web, "WEB-INF/web.xml"))));
        return ear;
    }

    private static String read(WebArchive web, String path) {
        try (InputStream in = web.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static String withPublicRunner(String webXml) {
        String constraint = "<security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
                + "<url-pattern>" + RUNNER + "</url-pattern></web-resource-collection></security-constraint>";
        int at = webXml.indexOf("<security-constraint>");
        if (at < 0) {
            at = webXml.lastIndexOf("</web-app>");
        }
        return webXml.substring(0, at) + constraint + webXml.substring(at);
    }
}

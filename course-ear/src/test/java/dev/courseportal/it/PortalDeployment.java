package dev.courseportal.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR this build produced, as Arquillian deploys it. In-container tests ride in an extra web
 * module, {@code portal-it.war} on {@code /portal-it}, outside the portal's sign-in constraint, so
 * the portal's own modules stay exactly as built.
 */
public final class PortalDeployment {

    public static final String EAR = "course-portal.ear";
    private static final String TEST_MODULE = "portal-it.war";

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

    /** The EAR plus a test module holding the given test classes, for in-container tests. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = asBuilt();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addClasses(testClasses)
                .addClass(PortalDeployment.class);
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset(withTestModule(applicationXml(ear))));
        return ear;
    }

    private static String applicationXml(EnterpriseArchive ear) {
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the EAR's application.xml", e);
        }
    }

    private static String withTestModule(String applicationXml) {
        String module = "<module><web><web-uri>" + TEST_MODULE + "</web-uri>"
                + "<context-root>/portal-it</context-root></web></module>";
        // Modules come before the library directory in application.xml's schema.
        int at = applicationXml.indexOf("<library-directory>");
        if (at < 0) {
            at = applicationXml.lastIndexOf("</application>");
        }
        return applicationXml.substring(0, at) + module + applicationXml.substring(at);
    }
}

package dev.courseportal.it.accounts;

import dev.courseportal.it.PortalDeployment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR as built plus a plain web module {@code /portal-fixtures} holding {@link Fixtures}, for
 * tests that run only outside the server: Arquillian leaves its own test module out of such
 * deployments, so the fixtures need a module of their own.
 */
final class FixtureDeployment {

    static final String MODULE = "portal-fixtures.war";

    private FixtureDeployment() {
    }

    static EnterpriseArchive asBuiltWithFixtures() {
        return withFixtures(PortalDeployment.asBuilt());
    }

    static EnterpriseArchive withFixtures(EnterpriseArchive ear) {
        WebArchive fixtures = ShrinkWrap.create(WebArchive.class, MODULE).addClasses(Fixtures.class, BenchmarkCohort.class,
                BenchmarkCohort.Made.class, FixtureMechanism.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" "
                        + "bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        ear.addAsModule(fixtures);
        String xml;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the EAR's application.xml", e);
        }
        String module = "<module><web><web-uri>" + MODULE + "</web-uri><context-root>/portal-fixtures</context-root></web></module>";
        int at = xml.indexOf("<library-directory>");
        if (at < 0) {
            at = xml.lastIndexOf("</application>");
        }
        ear.setApplicationXML(new StringAsset(xml.substring(0, at) + module + xml.substring(at)));
        return ear;
    }
}

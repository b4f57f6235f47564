package dev.courseportal.it.security;

import dev.courseportal.it.PortalDeployment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR as built plus a web module {@code /security-fixtures} holding {@link SecurityFixtures}.
 * The portal's own modules are unchanged: what the tests probe is what ships.
 */
final class SecurityDeployment {

    private static final String MODULE = "security-fixtures.war";

    private SecurityDeployment() {
    }

    static EnterpriseArchive withFixtures() {
        EnterpriseArchive ear = PortalDeployment.asBuilt();
        WebArchive fixtures = ShrinkWrap.create(WebArchive.class, MODULE).addClasses(SecurityFixtures.class, FixtureModuleMechanism.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" "
                        + "bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        ear.addAsModule(fixtures);
        String xml;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the EAR's application.xml", e);
        }
        String module = "<module><web><web-uri>" + MODULE + "</web-uri><context-root>/security-fixtures</context-root></web></module>";
        int at = xml.indexOf("<library-directory>");
        if (at < 0) {
            at = xml.lastIndexOf("</application>");
        }
        ear.setApplicationXML(new StringAsset(xml.substring(0, at) + module + xml.substring(at)));
        return ear;
    }
}

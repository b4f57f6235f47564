package dev.courseportal.it.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The release server's standalone.xml, as provisioned into the bootable JAR. */
final class ServerConfiguration {

    /** {@code ${jboss.http.port:8080}} or a plain number. */
    private static final Pattern PORT = Pattern.compile("^(?:\\$\\{[^:}]+:)?(\\d+)}?$");

    private final Document document;

    private ServerConfiguration(Document document) {
        this.document = document;
    }

    static ServerConfiguration read(Path standaloneXml) {
        if (!Files.isRegularFile(standaloneXml)) {
            throw new AssertionError(standaloneXml + " does not exist: the release build (wildfly-maven-plugin, "
                    + "execution package-bootable-jar) has not run; run 'mvn verify' without -Dportal.release.skip");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new ServerConfiguration(factory.newDocumentBuilder().parse(standaloneXml.toFile()));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("cannot parse " + standaloneXml, e);
        }
    }

    /** The port a socket binding listens on when no system property overrides it. */
    OptionalInt defaultPort(String socketBinding) {
        for (Element binding : elements("socket-binding")) {
            if (socketBinding.equals(binding.getAttribute("name"))) {
                Matcher port = PORT.matcher(binding.getAttribute("port"));
                return port.matches() ? OptionalInt.of(Integer.parseInt(port.group(1))) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** Namespaces of the configured subsystems, e.g. {@code urn:wildfly:microprofile-health-smallrye:3.0}. */
    List<String> subsystems() {
        List<String> namespaces = new ArrayList<>();
        for (Element subsystem : elements("subsystem")) {
            namespaces.add(subsystem.getAttribute("xmlns"));
        }
        return namespaces;
    }

    boolean hasSubsystem(String name) {
        return subsystems().stream().anyMatch(ns -> ns.contains(":" + name + ":"));
    }

    Element subsystem(String name) {
        for (Element subsystem : elements("subsystem")) {
            if (subsystem.getAttribute("xmlns").contains(":" + name + ":")) {
                return subsystem;
            }
        }
        throw new AssertionError("no subsystem " + name + " in the release server's configuration");
    }

    private List<Element> elements(String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}

package dev.courseportal.web.platform;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's own scripts and styles (Faces resource libraries {@code portal} and {@code lab}) are
 * addressed with a version taken from their content: {@code portal.css.xhtml?ln=portal&rev=3f2a9c0b1d4e}.
 * Browsers keep Faces resources for days; after an upgrade a changed file has a new address, so
 * nobody runs a new page against an old script. PrimeFaces' own resources carry its version already.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    static final Set<String> OWN_LIBRARIES = Set.of("portal", "lab");
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName), libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType), libraryName);
    }

    private Resource versioned(Resource resource, String library) {
        if (resource == null || library == null || !OWN_LIBRARIES.contains(library)) {
            return resource;
        }
        String version = versions.computeIfAbsent(library + "/" + resource.getResourceName(), key -> hash(resource));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "rev=" + version;
            }
        };
    }

    /** The first 12 hex digits of the SHA-256 of the resource's bytes (resources never change while the server runs). */
    static String hash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

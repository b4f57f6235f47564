package dev.courseportal.it.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The Kubernetes manifests under deploy/kubernetes, every document of every file, as plain maps. */
final class Manifests {

    /** One Kubernetes object and the file it came from. */
    record Resource(Path file, Map<String, Object> body) {

        String kind() {
            return String.valueOf(body.get("kind"));
        }

        /** The object's name; empty for files that are not Kubernetes objects (the kustomization). */
        String name() {
            Object metadata = body.get("metadata");
            return metadata instanceof Map<?, ?> m && m.get("name") != null ? String.valueOf(m.get("name")) : "";
        }
    }

    private final List<Resource> resources;

    private Manifests(List<Resource> resources) {
        this.resources = resources;
    }

    static Manifests read(Path dir) {
        List<Resource> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
                for (Object document : yaml.loadAll(Release.read(file))) {
                    if (document != null) {
                        resources.add(new Resource(file, asMap(document, file.toString())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(List.copyOf(resources));
    }

    List<Resource> all() {
        return resources;
    }

    List<Resource> ofKind(String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    Resource one(String kind, String name) {
        return resources.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " under deploy/kubernetes"));
    }

    /** The portal's container in its Deployment. */
    Map<String, Object> portalContainer() {
        Map<String, Object> podSpec = map(map(map(one("Deployment", "course-portal").body(), "spec"), "template"), "spec");
        return list(podSpec, "containers").stream().map(c -> asMap(c, "container"))
                .filter(c -> "portal".equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("the Deployment has no container named portal"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a mapping under '" + key + "' in " + parent.keySet());
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value instanceof List ? (List<Object>) value : List.of();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a mapping in " + where + ", got " + value);
        }
        return (Map<String, Object>) value;
    }
}

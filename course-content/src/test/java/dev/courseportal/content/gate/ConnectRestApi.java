package dev.courseportal.content.gate;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths Kafka Connect's REST API answers, read from the JAX-RS annotations of Connect 4.3's own resource classes
 * (so the list cannot drift from the pinned version): method, path template, accepted query parameters.
 */
final class ConnectRestApi {
    private static final List<String> RESOURCES = List.of("RootResource", "ConnectorsResource",
            "ConnectorPluginsResource", "LoggingResource", "InternalConnectResource");

    /**
     * One endpoint.
     *
     * @param anyQuery true when the method reads its query through {@code UriInfo} (GET /connectors?expand=...),
     *                 so its query parameters cannot be listed
     */
    record Route(String method, List<String> segments, Set<String> queryParameters, boolean anyQuery) {
        String template() {
            return "/" + String.join("/", segments);
        }

        boolean matches(List<String> path) {
            if (path.size() != segments.size()) {
                return false;
            }
            for (int i = 0; i < path.size(); i++) {
                String mine = segments.get(i);
                String theirs = path.get(i);
                boolean wildcard = mine.startsWith("{") || CurlCalls.isVariable(theirs);
                if (!wildcard && !mine.equals(theirs)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Route> routes = new ArrayList<>();

    ConnectRestApi() {
        for (String resource : RESOURCES) {
            Class<?> type;
            try {
                type = Class.forName("org.apache.kafka.connect.runtime.rest.resources." + resource);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Kafka Connect resource class missing: " + resource, e);
            }
            Path base = type.getAnnotation(Path.class);
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path own = method.getAnnotation(Path.class);
                String template = (base == null ? "" : base.value()) + (own == null ? "" : "/" + own.value());
                Set<String> query = new TreeSet<>();
                boolean anyQuery = false;
                for (int i = 0; i < method.getParameterCount(); i++) {
                    anyQuery |= method.getParameterTypes()[i] == UriInfo.class;
                    for (Annotation annotation : method.getParameterAnnotations()[i]) {
                        if (annotation instanceof QueryParam param) {
                            query.add(param.value());
                        }
                    }
                }
                routes.add(new Route(verb, CurlCalls.segments(template), query, anyQuery));
            }
        }
    }

    /** Why Connect would answer 404 or 405 to the call, or null if it has that endpoint. */
    String problemWith(String method, String path, Set<String> queryParameters) {
        List<String> segments = CurlCalls.segments(path);
        List<Route> samePath = routes.stream().filter(route -> route.matches(segments)).toList();
        if (samePath.isEmpty()) {
            // Suggest by comparing with each template filled in with this call's own values.
            Map<String, String> filledIn = new HashMap<>();
            for (Route route : routes) {
                List<String> filled = new ArrayList<>(route.segments());
                for (int i = 0; i < filled.size() && i < segments.size(); i++) {
                    if (filled.get(i).startsWith("{")) {
                        filled.set(i, segments.get(i));
                    }
                }
                filledIn.putIfAbsent("/" + String.join("/", filled), route.template());
            }
            String guess = Names.closest("/" + String.join("/", segments), filledIn.keySet())
                    .map(close -> " (did you mean '" + filledIn.get(close) + "'?)").orElse("");
            return "Kafka Connect has no REST path " + path + guess;
        }
        List<Route> sameMethod = samePath.stream().filter(route -> route.method().equals(method)
                || (method.equals("HEAD") && route.method().equals("GET"))).toList();
        if (sameMethod.isEmpty()) {
            Set<String> allowed = new TreeSet<>();
            samePath.forEach(route -> allowed.add(route.method()));
            return "Kafka Connect answers " + samePath.get(0).template() + " to " + String.join(", ", allowed)
                    + ", not " + method;
        }
        for (String parameter : queryParameters) {
            boolean accepted = sameMethod.stream().anyMatch(route -> route.anyQuery()
                    || route.queryParameters().contains(parameter));
            if (!accepted) {
                Set<String> known = new TreeSet<>();
                sameMethod.forEach(route -> known.addAll(route.queryParameters()));
                return "Kafka Connect's " + method + " " + sameMethod.get(0).template() + " has no query parameter '"
                        + parameter + "'" + (known.isEmpty() ? "" : " (it takes " + String.join(", ", known) + ")");
            }
        }
        return null;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }
}

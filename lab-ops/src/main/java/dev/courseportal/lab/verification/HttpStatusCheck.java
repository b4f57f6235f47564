package dev.courseportal.lab.verification;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.courseportal.lab.environment.HttpAnswer;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;

/**
 * {@code http-status}: a service of the environment answers a path with the expected
 * status (default 200). Lessons name a service and a path, never a URL: the request can
 * only go to the base URL an administrator configured for that service, so a lesson (or
 * anyone who edits one) cannot make the portal call an arbitrary address.
 */
final class HttpStatusCheck implements CheckKind {

    /** Path and query characters; no '@', '#', '\', spaces or control characters. */
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._~%/?=&+,:!$*'()-]*");

    private final LabHttp http;

    HttpStatusCheck(LabHttp http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public String kind() {
        return "http-status";
    }

    @Override
    public Verdict verify(LabEndpoints env, CheckParams params) throws Exception {
        String serviceName = params.required("service");
        LabService service = LabService.byComposeName(serviceName).filter(LabService::isHttp)
                .orElseThrow(() -> CheckParams.invalid("service", "connect, schema-registry, prometheus, grafana or jupyter"));
        String path = safePath(params.required("path"));
        int expected = params.integer("status", 200, 100, 599);
        URI base = service.httpBase(env).orElseThrow();
        URI target = LabHttp.resolve(base, path);
        if (!sameOrigin(base, target)) {
            throw CheckParams.invalid("path", "must stay on the service's own address");
        }
        Map<String, String> headers = service == LabService.JUPYTER
                ? env.jupyterToken().map(t -> Map.of("Authorization", "token " + t)).orElse(Map.of())
                : Map.of();
        HttpAnswer answer = http.get(base, path, headers);
        boolean passed = answer.status() == expected;
        return Verdict.when(passed, "HTTP " + answer.status(), passed
                ? LabMessage.of("check.passed")
                : LabMessage.of("check.http.status", serviceName + path, answer.status(), expected));
    }

    /** A path on the service: starts with '/', no scheme, no "//", no "..", only plain characters. */
    static String safePath(String path) throws InvalidCheckException {
        if (!path.startsWith("/")) {
            throw CheckParams.invalid("path", "must start with /");
        }
        if (path.contains("//") || path.contains("://")) {
            throw CheckParams.invalid("path", "must not contain // or a scheme");
        }
        String firstSegment = path.substring(1).split("[/?]", 2)[0];
        if (firstSegment.contains(":")) {
            throw CheckParams.invalid("path", "must not contain a scheme");
        }
        if (!SAFE_PATH.matcher(path).matches()) {
            throw CheckParams.invalid("path", "contains characters that are not allowed");
        }
        for (String segment : path.split("[?]", 2)[0].split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.equalsIgnoreCase("%2e%2e")) {
                throw CheckParams.invalid("path", "must not contain . or .. segments");
            }
        }
        return path;
    }

    private static boolean sameOrigin(URI base, URI target) {
        return Objects.equals(base.getScheme(), target.getScheme())
                && Objects.equals(base.getHost(), target.getHost())
                && base.getPort() == target.getPort()
                && target.getRawUserInfo() == null;
    }
}

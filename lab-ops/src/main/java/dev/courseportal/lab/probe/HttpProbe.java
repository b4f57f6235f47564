package dev.courseportal.lab.probe;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import jakarta.json.JsonValue;

import dev.courseportal.lab.environment.HttpAnswer;
import dev.courseportal.lab.environment.JsonDocs;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;
import dev.courseportal.lab.environment.LabUnavailableException;

/** A probe of a service that speaks HTTP; requests go only to the environment's URL for it. */
abstract class HttpProbe extends Probe {

    protected final LabHttp http;

    HttpProbe(LabService service, LabHttp http, Clock clock) {
        super(service, clock);
        this.http = Objects.requireNonNull(http, "http");
    }

    protected URI base(LabEndpoints env) {
        return service().httpBase(env).orElseThrow();
    }

    /** GET that path; an answer other than 2xx ends the probe as DEGRADED. */
    protected HttpAnswer getOk(LabEndpoints env, String path, Map<String, String> headers)
            throws LabUnavailableException, NotOk {
        HttpAnswer answer = http.get(base(env), path, headers);
        if (!answer.isSuccess()) {
            throw new NotOk(Finding.degraded(
                    LabMessage.of("probe.httpStatus", answer.status(), LabHttp.authority(answer.uri())),
                    Map.of("status", Integer.toString(answer.status()))));
        }
        return answer;
    }

    protected JsonValue json(HttpAnswer answer) throws LabUnavailableException {
        return JsonDocs.parse(answer.body(), LabHttp.authority(answer.uri()));
    }

    @Override
    protected final Finding examine(LabEndpoints env) throws Exception {
        try {
            return examineHttp(env);
        } catch (NotOk e) {
            return e.finding;
        }
    }

    protected abstract Finding examineHttp(LabEndpoints env) throws Exception;

    @Override
    protected String target(LabEndpoints env) {
        return LabHttp.authority(base(env));
    }

    @Override
    protected long timeoutMillis() {
        return http.timeouts().read().toMillis();
    }

    /** The service answered with a status that already says how it is. */
    protected static final class NotOk extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Finding finding;

        NotOk(Finding finding) {
            super(finding.message().english(), null, false, false);
            this.finding = finding;
        }
    }
}

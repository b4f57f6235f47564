package dev.courseportal.lab.environment;

import java.net.URI;

/**
 * What an HTTP service of the lab answered.
 *
 * @param uri    the URL asked
 * @param status the HTTP status; redirects are not followed, so 3xx comes back as is
 * @param body   the body as UTF-8 text, at most {@link LabTimeouts#maxBodyBytes()} long
 */
public record HttpAnswer(URI uri, int status, String body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}

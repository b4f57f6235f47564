package dev.courseportal.lab.environment;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests to a lab's HTTP services (Connect, schema registry, Prometheus, Grafana,
 * JupyterLab), bounded three ways: the client's connect timeout, the request's read
 * timeout, and an overall wait on the answer, so that a server that sends headers and
 * then trickles its body cannot hold a probe either. Bodies larger than
 * {@link LabTimeouts#maxBodyBytes()} are refused. Redirects are never followed: a probe
 * reports where a service points, it does not go there.
 */
public final class LabHttp {

    private final HttpClient client;
    private final LabTimeouts timeouts;

    /**
     * @param client a client made by {@link #newClient}, shared by every request (it is thread-safe)
     */
    public LabHttp(HttpClient client, LabTimeouts timeouts) {
        this.client = Objects.requireNonNull(client, "client");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    }

    /** A client for lab requests; {@code executor} may be a container-managed one, or {@code null}. */
    public static HttpClient newClient(LabTimeouts timeouts, Executor executor) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1: no h2c upgrade dance with servers that do not speak HTTP/2.
                .version(HttpClient.Version.HTTP_1_1);
        if (executor != null) {
            builder.executor(executor);
        }
        return builder.build();
    }

    public LabTimeouts timeouts() {
        return timeouts;
    }

    /** GET {@code base + pathAndQuery}. */
    public HttpAnswer get(URI base, String pathAndQuery) throws LabUnavailableException {
        return get(base, pathAndQuery, Map.of());
    }

    /** GET {@code base + pathAndQuery} with extra request headers (e.g. a token). */
    public HttpAnswer get(URI base, String pathAndQuery, Map<String, String> headers)
            throws LabUnavailableException {
        URI uri = resolve(base, pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeouts.read())
                .header("Accept", "application/json")
                .GET();
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<String>> answer =
                client.sendAsync(request.build(), info -> new BoundedBody(timeouts.maxBodyBytes(), uri));
        long waitMillis = timeouts.connect().toMillis() + timeouts.read().toMillis();
        try {
            HttpResponse<String> response = answer.get(waitMillis, TimeUnit.MILLISECONDS);
            return new HttpAnswer(uri, response.statusCode(), response.body());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new LabUnavailableException(LabMessage.of("probe.timeout", timeouts.read().toMillis()), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            long bound = cause instanceof HttpConnectTimeoutException
                    ? timeouts.connect().toMillis() : timeouts.read().toMillis();
            throw new LabUnavailableException(Failures.describe(cause, authority(uri), bound), cause);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new LabUnavailableException(LabMessage.of("probe.failed", "interrupted"), e);
        }
    }

    /**
     * {@code base} followed by {@code pathAndQuery}, keeping a path prefix of the base
     * (a stack behind a reverse proxy at {@code /lab/connect}).
     */
    public static URI resolve(URI base, String pathAndQuery) {
        String root = base.toString();
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        String path = pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery;
        return URI.create(root + path);
    }

    /** host:port, for messages. */
    public static String authority(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /** Collects a body as UTF-8 text up to a size, and gives up past it. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<String> {
        private final int maxBytes;
        private final URI uri;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<String> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        BoundedBody(int maxBytes, URI uri) {
            this.maxBytes = maxBytes;
            this.uri = uri;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    body.completeExceptionally(new LabUnavailableException(
                            LabMessage.of("probe.tooLarge", authority(uri), maxBytes), null));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            body.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toString(StandardCharsets.UTF_8));
        }

        @Override
        public java.util.concurrent.CompletionStage<String> getBody() {
            return body;
        }
    }
}

package dev.courseportal.lab.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.courseportal.lab.environment.LabEndpoints;

/**
 * A service that accepts TCP connections and never answers: the worst case for a probe,
 * since the connection succeeds and only a read timeout can end the wait.
 */
final class HungListener implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private HungListener(ServerSocket server) {
        this.server = server;
        this.acceptor = new Thread(this::acceptForever, "hung-listener");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    static HungListener start() throws IOException {
        return new HungListener(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    int port() {
        return server.getLocalPort();
    }

    /** An environment whose every service is this listener. */
    LabEndpoints endpoints(String name) {
        String url = "http://127.0.0.1:" + port();
        return LabEndpoints.builder()
                .name(name)
                .postgres("jdbc:postgresql://127.0.0.1:" + port() + "/inventory", "postgres", "postgres")
                .kafkaBootstrapServers("127.0.0.1:" + port())
                .connectUrl(url)
                .schemaRegistryUrl(url)
                .prometheusUrl(url)
                .grafanaUrl(url)
                .jupyter(url, "debezium")
                .build();
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                held.add(server.accept()); // keep it open, read nothing, write nothing
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}

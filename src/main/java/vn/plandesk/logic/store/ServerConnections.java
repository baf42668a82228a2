package vn.plandesk.logic.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PgConnection;

/**
 * Connections to an office's PostgreSQL server: a small pool built from the parts of a checked
 * {@link ServerAddress} (never from the text the user wrote), the same Flyway migrations as the
 * embedded store, and the server's refusals told in one sentence.
 *
 * <p>No password is ever set here: the PostgreSQL JDBC driver reads it from the standard password
 * file ({@code ~/.pgpass}, {@code %APPDATA%\postgresql\pgpass.conf}, or the file {@code PGPASSFILE}
 * names) when the server asks for one.
 */
final class ServerConnections {
    /** A few connections: one desk's window runs one write at a time beside its reads. */
    private static final int POOL_SIZE = 4;
    /**
     * How long a connection may take, and a desk waits for one: short, so that a write while the server is
     * out of reach is refused within seconds and the window's status bar learns of it as soon (ServerHealth).
     */
    static final int CONNECT_TIMEOUT_SECONDS = 4;

    private ServerConnections() {
    }

    /**
     * Connects to the server, migrates its schema when it is new or older, and returns the pool. Its
     * connections carry {@code desk} as their application name, which the notices they send name.
     */
    static HikariDataSource open(ServerAddress address, String desk) throws StoreException {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(address, desk));
        } catch (RuntimeException e) {
            throw refusal(address, e);
        }
        try (Connection probe = pool.getConnection()) {
            if (Store.schemaIsCurrent(probe)) {
                return pool;
            }
        } catch (SQLException e) {
            pool.close();
            throw refusal(address, e);
        }
        migrate(pool, address);
        return pool;
    }

    /**
     * After the server was found gone: the pool's connections are dropped, so none that the server cut
     * while it was down is handed out once it is back (the pool checks a connection only when it has
     * been idle for half a second, and a restarted server's first answer would otherwise be "lost").
     */
    static void forgetConnections(DataSource connections) {
        if (connections instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    /**
     * Whether the login may write: the right to change a plan stands for all of them, as the office's
     * groups give them together (installer/postgres/create-database.sql).
     */
    static boolean mayWrite(HikariDataSource pool, ServerAddress address) throws StoreException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT has_table_privilege(current_user, 'plan', 'UPDATE')")) {
            return r.next() && r.getBoolean(1);
        } catch (SQLException e) {
            pool.close();
            throw refusal(address, e);
        }
    }

    private static boolean mayCreateTables(HikariDataSource pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT has_schema_privilege(current_schema(), 'CREATE')")) {
            return r.next() && r.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A connection outside the pool, held by the listener of {@link ServerNotices} for as long as it listens. */
    static PgConnection dedicated(ServerAddress address, String applicationName) throws SQLException {
        return dataSource(address, applicationName).getConnection().unwrap(PgConnection.class);
    }

    private static HikariConfig config(ServerAddress address, String desk) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource(address, desk));
        config.setPoolName("plandesk");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        return config;
    }

    private static PGSimpleDataSource dataSource(ServerAddress address, String applicationName) {
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setServerNames(new String[] {address.hostForDriver()});
        server.setPortNumbers(new int[] {address.port()});
        server.setDatabaseName(address.database());
        server.setUser(address.user());
        server.setSslMode(address.sslMode());
        server.setApplicationName(applicationName);
        server.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        server.setTcpKeepAlive(true);
        return server;
    }

    private static void migrate(HikariDataSource pool, ServerAddress address) throws StoreException {
        try {
            // Flyway holds PostgreSQL's advisory lock while it migrates: two desks starting at once migrate once.
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").ignoreMigrationPatterns(new String[0])
                    .load().migrate();
        } catch (FlywayException e) {
            // Asked before closing: refused by a login that may not create tables, an editor or reader came before the owner.
            boolean notTheOwner = StoreFailures.isNotAllowed(e) && !mayCreateTables(pool);
            pool.close();
            if (Store.isNewerSchema(e)) {
                throw new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.newerVersion", address);
            }
            if (notTheOwner) {
                throw new StoreException(StoreException.Reason.CANNOT_OPEN, e, "server.ownerMigrates", address, address.user());
            }
            throw refusal(address, e);
        } catch (RuntimeException e) {
            pool.close();
            throw refusal(address, e);
        }
    }

    /** The server's refusal as one sentence: unreachable, no or wrong password, no such database, or its own words. */
    static StoreException refusal(ServerAddress address, Throwable e) {
        String state = sqlState(e);
        String text = StoreFailures.describe(e);
        if (state.startsWith("28")) { // invalid_authorization_specification, invalid_password
            return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "server.badPassword", address, address.user());
        }
        if (state.equals("3D000")) { // invalid_catalog_name
            return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "server.noDatabase", address, address.database());
        }
        if (state.equals("42501")) { // insufficient_privilege: a role the office has not given this database
            return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "server.noRights", address, address.user());
        }
        if (text.contains("no password was provided")) {
            return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "server.noPassword", address, address.user());
        }
        return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "server.unreachable", address, text);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}

package vn.plandesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.plandesk.logic.store.ServerAddress;

/** The desks listening for changes on a test server's database, seen from the server's side. */
public final class Listening {
    private static final String LISTENERS = "SELECT pid FROM pg_stat_activity WHERE datname = ? AND query LIKE 'LISTEN %'";

    private Listening() {
    }

    /** Waits (up to 10 s) until exactly {@code count} desks listen on {@code database}: a notice sent before would reach no one. */
    public static void await(ServerAddress database, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (listeners(database) != count) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(count + " listeners expected on " + database.database() + ", " + listeners(database) + " seen");
            }
            Thread.sleep(20);
        }
    }

    /** Ends every listener's connection on {@code database} as a server restart or a dropped network would. */
    public static void cutConnections(ServerAddress database) {
        TestServer.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database.database()
                + "' AND query LIKE 'LISTEN %'");
    }

    private static int listeners(ServerAddress database) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + TestServer.port() + "/postgres", "postgres", "");
              PreparedStatement s = c.prepareStatement(LISTENERS)) {
            s.setString(1, database.database());
            int count = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

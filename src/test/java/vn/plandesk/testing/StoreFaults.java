package vn.plandesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.Trigger;
import vn.plandesk.logic.store.Store;

/**
 * A fault injected into the database itself, as a disk filling up: after a given number of task
 * inserts the next one fails, and from then on every write of a task fails too (the compensating
 * writes a batch might try included), until {@link #close()}.
 */
public final class StoreFaults implements AutoCloseable {
    private static final String TRIGGER = "fault_on_task_write";
    /** Task inserts still allowed; H2 makes the trigger itself, so it reads the count from here. */
    private static final AtomicInteger ALLOWED = new AtomicInteger();
    private static final AtomicBoolean FULL = new AtomicBoolean();

    private final Connection connection;

    private StoreFaults(Connection connection) {
        this.connection = connection;
    }

    /** From now on, the task insert after {@code allowed} more fails, and every task write after it. */
    public static StoreFaults failTaskInsertsAfter(Store store, int allowed) throws SQLException {
        ALLOWED.set(allowed);
        FULL.set(false);
        String file = store.databaseFile().toString().replaceFirst("\\.mv\\.db$", "");
        Connection connection = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TRIGGER " + TRIGGER + " BEFORE INSERT, UPDATE, DELETE ON task FOR EACH ROW CALL '" + FailingWrite.class.getName() + "'");
        }
        return new StoreFaults(connection);
    }

    /** Writes work again. */
    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TRIGGER " + TRIGGER);
        } finally {
            connection.close();
        }
    }

    /** The trigger H2 runs before each write of a task row. */
    public static final class FailingWrite implements Trigger {
        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
            boolean insert = oldRow == null;
            if (insert && ALLOWED.getAndDecrement() <= 0) {
                FULL.set(true);
            }
            if (FULL.get()) {
                throw new SQLException("No space left on device");
            }
        }
    }
}

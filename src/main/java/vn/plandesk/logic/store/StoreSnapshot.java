package vn.plandesk.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * Reads a store as of one moment: one repeatable-read transaction, so that what other desks write
 * meanwhile is either all seen or not at all (a backup or migration never holds half an edit).
 */
final class StoreSnapshot {

    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run(DSLContext snapshot) throws StoreException, E;
    }

    private StoreSnapshot() {
    }

    static <T, E extends Exception> T read(Store store, Work<T, E> work) throws StoreException, E {
        ConnectionProvider connections = store.dsl().configuration().connectionProvider();
        Connection connection = null;
        try {
            connection = connections.acquire();
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                return work.run(store.dsl().configuration().derive(new DefaultConnectionProvider(connection)).dsl());
            } finally {
                // only read: nothing to keep; the pooled connection goes back as it came
                connection.rollback();
                connection.setAutoCommit(autoCommit);
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException | DataAccessException e) {
            throw StoreFailures.explain(e, "store.failed", StoreFailures.describe(e));
        } finally {
            if (connection != null) {
                connections.release(connection);
            }
        }
    }
}

package vn.plandesk.logic.store;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Runs work in one database transaction: all of it is stored before the call returns, or none of it. */
final class Transactions {

    @FunctionalInterface
    interface Work<T> {
        T run(DSLContext tx) throws StoreException;
    }

    /** Carries a StoreException out of jOOQ's transaction callback, which rolls back on it. */
    private static final class Abort extends RuntimeException {
        private final StoreException cause;

        Abort(StoreException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private Transactions() {
    }

    /** As {@link #inTransaction(DSLContext, Work)}, announcing to the other desks on a server that {@code changed} changed. */
    static <T> T inTransaction(DSLContext dsl, ChangeNotice.Kind changed, Work<T> work) throws StoreException {
        return inTransaction(dsl, tx -> {
            T result = work.run(tx);
            ServerNotices.announce(tx, changed, null);
            return result;
        });
    }

    static <T> T inTransaction(DSLContext dsl, Work<T> work) throws StoreException {
        try {
            return dsl.transactionResult(configuration -> {
                try {
                    return work.run(DSL.using(configuration));
                } catch (StoreException e) {
                    throw new Abort(e);
                }
            });
        } catch (Abort abort) {
            throw abort.cause;
        } catch (DataAccessException e) {
            throw StoreFailures.explain(e, "store.writeFailed", StoreFailures.describe(e));
        }
    }
}

package vn.plandesk.logic.store;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;

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

    /** One thing a transaction changed, for the other desks on a server. */
    private record Changed(ChangeNotice.Kind kind, Long planId) {
    }

    /**
     * What the outermost transaction running on this thread changed. It is announced at the end of
     * that transaction's work, so a notice names the plan as committed (its new subject), and a
     * batch of changes to one plan is told once.
     */
    private static final ThreadLocal<Set<Changed>> CHANGED = new ThreadLocal<>();

    /** Inside a transaction: {@code kind} (the plan {@code planId}, or null) changed, to be announced when it commits. */
    static void changed(ChangeNotice.Kind kind, Long planId) {
        Set<Changed> changed = CHANGED.get();
        if (changed != null) {
            changed.add(new Changed(kind, planId));
        }
    }

    /** As {@link #inTransaction(DSLContext, Work)}, announcing to the other desks on a server that {@code kind} changed. */
    static <T> T inTransaction(DSLContext dsl, ChangeNotice.Kind kind, Work<T> work) throws StoreException {
        return inTransaction(dsl, tx -> {
            changed(kind, null);
            return work.run(tx);
        });
    }

    static <T> T inTransaction(DSLContext dsl, Work<T> work) throws StoreException {
        boolean outermost = CHANGED.get() == null;
        if (outermost) {
            CHANGED.set(new LinkedHashSet<>());
        }
        try {
            return dsl.transactionResult(configuration -> {
                try {
                    DSLContext tx = DSL.using(configuration);
                    T result = work.run(tx);
                    if (outermost) {
                        CHANGED.get().forEach(changed -> ServerNotices.announce(tx, changed.kind(), changed.planId()));
                    }
                    return result;
                } catch (StoreException e) {
                    throw new Abort(e);
                }
            });
        } catch (Abort abort) {
            throw abort.cause;
        } catch (DataAccessException e) {
            if (StoreFailures.isConnectionLost(e)
                    && dsl.configuration().connectionProvider() instanceof DataSourceConnectionProvider provider) {
                ServerConnections.forgetConnections(provider.dataSource());
            }
            throw StoreFailures.explain(e, "store.writeFailed", StoreFailures.describe(e));
        } finally {
            if (outermost) {
                CHANGED.remove();
            }
        }
    }
}

package vn.plandesk.logic.store;

import vn.plandesk.logic.i18n.Messages;

/**
 * A store operation that could not be done. The message is already a sentence in the user's
 * language; {@link #reason()} lets callers react (offer to reload on {@link Reason#STALE}).
 */
public class StoreException extends Exception {

    public enum Reason {
        /** The data folder or file cannot be opened: locked by another program, not ours, unreadable. */
        CANNOT_OPEN,
        /** The plan was changed by someone else since it was read. */
        STALE,
        NOT_FOUND,
        /** The data does not satisfy a rule (a unit merged into itself ...). */
        INVALID,
        /** A backup could not be written or restored. */
        BACKUP,
        /** The office server lets this login read only; nothing was changed. */
        READ_ONLY,
        /** The database refused or failed the write; nothing was changed. */
        FAILED,
        /** The office server could not be reached (network, server stopped); nothing was stored. */
        UNREACHABLE
    }

    private final Reason reason;

    public StoreException(Reason reason, String messageKey, Object... args) {
        super(Messages.get(messageKey, args));
        this.reason = reason;
    }

    public StoreException(Reason reason, Throwable cause, String messageKey, Object... args) {
        super(Messages.get(messageKey, args), cause);
        this.reason = reason;
    }

    /**
     * The one sentence for a failure the database engine raised outside a transaction (a read, a
     * listing): what happened, never the engine's SQL; null when {@code e} did not come from it.
     */
    public static StoreException fromEngine(RuntimeException e) {
        boolean engine = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof org.jooq.exception.DataAccessException
                    || t.getClass().getName().startsWith("org.h2.") || t instanceof org.flywaydb.core.api.FlywayException) {
                engine = true;
            }
        }
        return engine ? StoreFailures.explain(e, "store.failed", StoreFailures.describe(e)) : null;
    }

    public Reason reason() {
        return reason;
    }
}

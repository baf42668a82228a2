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
        /** The database refused or failed the write; nothing was changed. */
        FAILED
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

    public Reason reason() {
        return reason;
    }
}

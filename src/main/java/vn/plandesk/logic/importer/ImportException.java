package vn.plandesk.logic.importer;

import java.util.List;
import vn.plandesk.logic.i18n.Messages;

/**
 * A file that cannot be read as a plan, with a translated sentence saying why and what to do.
 * Nothing is stored when one is thrown.
 */
public final class ImportException extends Exception {

    /** Why a file was refused. */
    public enum Reason {
        /** The file does not exist or cannot be opened. */
        UNREADABLE,
        /** Larger than any plan document: refused before reading. */
        TOO_LARGE,
        /** Not a kind of file the importer reads (an image, a program, a spreadsheet ...). */
        NOT_A_DOCUMENT,
        /** Protected by a password. */
        ENCRYPTED,
        /** Cut short or broken. */
        DAMAGED,
        /** Expands to far more than its size: a zip bomb. */
        ZIP_BOMB,
        /** A document with no text to read (a scan saved as pictures). */
        NO_TEXT
    }

    private final Reason reason;
    private final String key;
    private final List<Object> args;

    public ImportException(Reason reason, String key, Object... args) {
        this(reason, null, key, args);
    }

    public ImportException(Reason reason, Throwable cause, String key, Object... args) {
        super(key, cause);
        this.reason = reason;
        this.key = key;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public String key() {
        return key;
    }

    /** The sentence for the user in the current language. */
    @Override
    public String getMessage() {
        return Messages.get(key, args.toArray());
    }
}

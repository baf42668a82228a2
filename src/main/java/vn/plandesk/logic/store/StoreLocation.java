package vn.plandesk.logic.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a store lives: a data folder on this computer (H2, the default) or an office's PostgreSQL
 * server ({@link ServerAddress}). What {@code --db} names.
 */
public sealed interface StoreLocation permits StoreLocation.Folder, ServerAddress {

    /** A data folder (or a .mv.db file) of the embedded database. */
    record Folder(Path path) implements StoreLocation {
        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * Reads what the user wrote after {@code --db}: a {@code postgresql://} address, or else a folder.
     * An address that does not follow the rules of {@link ServerAddress#parse} is refused in one sentence.
     */
    static StoreLocation parse(String text) throws StoreException {
        if (text.isBlank()) {
            // Java reads an empty path as the current folder: a store would be made wherever the command ran.
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "store.noPath");
        }
        if (ServerAddress.looksLikeOne(text)) {
            return ServerAddress.parse(text);
        }
        try {
            return new Folder(Path.of(text));
        } catch (InvalidPathException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.badPath", text);
        }
    }
}

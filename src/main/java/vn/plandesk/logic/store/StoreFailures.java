package vn.plandesk.logic.store;

import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells what a failure of the database engine means for the user: another process in the way,
 * a full disk, no permission, a damaged file, the office server out of reach, or something else;
 * never shown as raw SQL.
 */
final class StoreFailures {
    /** H2 error codes of a store that another process is opening, serving, closing or migrating. */
    private static final Set<Integer> BUSY_CODES = Set.of(
            90020, // DATABASE_ALREADY_OPEN_1 (also "The file is locked")
            90067, // CONNECTION_BROKEN_1: the serving process closed
            90098, // DATABASE_IS_CLOSED
            90121, // DATABASE_CALLED_AT_SHUTDOWN
            90135, // DATABASE_IS_IN_EXCLUSIVE_MODE
            50200, // LOCK_TIMEOUT_1
            90131, // CONCURRENT_UPDATE_1
            40001, // DEADLOCK_1
            42101, // TABLE_OR_VIEW_ALREADY_EXISTS_1: two first starts creating the schema at once
            23505); // DUPLICATE_KEY_1: the same, in the migration history
    private static final Set<Integer> DAMAGED_CODES = Set.of(90030, 90048, 90049);

    private StoreFailures() {
    }

    static boolean isBusy(Throwable e) {
        if (isDiskFull(e) || isPermission(e)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && BUSY_CODES.contains(sql.getErrorCode())) {
                return true;
            }
            String text = String.valueOf(t.getMessage());
            if (text.contains("Lock file recently modified") || text.contains("Concurrent update")
                    || text.contains("Another process was faster") || text.contains("Locked by another process")
                    || text.contains("session closed") || text.contains("Connection is broken")
                    || text.contains("Database may be already in use") || text.contains("The file is locked")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The office server cannot be reached: the connection failed or broke (SQLState class 08), the
     * server is shutting down or starting (57P01-57P03), or the pool waited its time for a connection.
     */
    static boolean isConnectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isDamaged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && DAMAGED_CODES.contains(sql.getErrorCode())) {
                return true;
            }
            String text = String.valueOf(t.getMessage());
            if (text.contains("Wrong format") || text.contains("corrupted") || text.contains("not a H2")
                    || text.contains("Unsupported database file version") || text.contains("File header")) {
                return true;
            }
        }
        return false;
    }

    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("No space left") || text.contains("not enough space") || text.contains("Disk quota")
                    || text.contains("There is not enough space")) {
                return true;
            }
        }
        return false;
    }

    static boolean isPermission(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (t instanceof AccessDeniedException || text.contains("Permission denied") || text.contains("Access is denied")
                    || text.contains("Read-only file system")) {
                return true;
            }
        }
        return false;
    }

    /** The office server refused the statement to this login (SQLSTATE 42501, insufficient_privilege). */
    static boolean isNotAllowed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The engine's own words, one line, without the SQL statement or the engine's codes. */
    static String describe(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                root = t;
            }
        }
        String text = String.valueOf(root.getMessage()).lines().findFirst().orElse("").strip();
        int sql = text.indexOf("; SQL statement");
        if (sql >= 0) {
            text = text.substring(0, sql);
        }
        text = text.replaceAll("\\s*\\[\\d{5}-\\d+]$", "");
        if (text.length() > 200) {
            text = text.substring(0, 200) + "…";
        }
        return text;
    }

    /** The user's sentence for a failed write or read: never the engine's SQL. */
    static StoreException explain(Throwable e, String defaultKey, Object... args) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 22001) { // VALUE_TOO_LONG_2
                return new StoreException(StoreException.Reason.INVALID, e, "store.tooLong");
            }
        }
        if (isNotAllowed(e)) {
            return new StoreException(StoreException.Reason.READ_ONLY, e, "store.readOnlyLogin");
        }
        if (isDiskFull(e)) {
            return new StoreException(StoreException.Reason.FAILED, e, "store.writeDiskFull");
        }
        if (isPermission(e)) {
            return new StoreException(StoreException.Reason.FAILED, e, "store.writeNoPermission");
        }
        if (isBusy(e)) {
            return new StoreException(StoreException.Reason.FAILED, e, "store.writeBusy");
        }
        if (isConnectionLost(e)) {
            return new StoreException(StoreException.Reason.UNREACHABLE, e, "server.lost");
        }
        return new StoreException(StoreException.Reason.FAILED, e, defaultKey, args);
    }
}

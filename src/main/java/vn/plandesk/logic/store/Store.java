package vn.plandesk.logic.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded database in a data folder: one H2 file ({@value #DATABASE_NAME}.mv.db) migrated by
 * Flyway and read and written through jOOQ. AUTO_SERVER lets a second process (the command line
 * while the window is open) use the same file through the first one.
 */
public final class Store implements AutoCloseable {
    static final String DATABASE_NAME = "plandesk";
    private static final String H2_SUFFIX = ".mv.db";

    private final Path folder;
    private final Path databaseFile;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final PlanStore plans;
    private final UnitDirectory units;

    private Store(Path folder, Path databaseFile, JdbcConnectionPool pool) {
        this.folder = folder;
        this.databaseFile = databaseFile;
        this.pool = pool;
        // Unquoted names: the same generated code then runs on PostgreSQL, which folds names to lower case.
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
        this.units = new UnitDirectory(dsl);
        this.plans = new PlanStore(dsl);
    }

    /**
     * Opens (creating and migrating when needed) the store in {@code location}: a data folder, or
     * a {@code .mv.db} file.
     */
    public static Store open(Path location) throws StoreException {
        Path databaseFile = databaseFile(location);
        Path folder = databaseFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.cannotCreateFolder", folder);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl(databaseFile, true), "sa", "");
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw openFailure(databaseFile, e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.notOurs", databaseFile);
        }
        return new Store(folder, databaseFile, pool);
    }

    /** The data folder a user has when she gives none: the platform's place for application data. */
    public static Path defaultLocation() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "PlanDesk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "PlanDesk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("plandesk");
    }

    /** The .mv.db file for a data folder or file path. */
    static Path databaseFile(Path location) {
        String name = location.getFileName() == null ? "" : location.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? location : location.resolve(DATABASE_NAME + H2_SUFFIX);
    }

    static String jdbcUrl(Path databaseFile, boolean shared) {
        String file = databaseFile.toAbsolutePath().toString();
        String base = file.substring(0, file.length() - H2_SUFFIX.length());
        // WRITE_DELAY=0: a commit is on disk before it returns, so a process killed right after an edit
        // keeps it (with H2's default 500 ms a kill lost edits already reported stored).
        // IFEXISTS is not set: opening a new folder creates the database.
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0" + (shared ? ";AUTO_SERVER=TRUE" : "");
    }

    private static StoreException openFailure(Path databaseFile, SQLException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("already in use") || text.contains("Locked by another process")) {
            return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.locked", databaseFile);
        }
        if (text.contains("Wrong format") || text.contains("corrupted") || text.contains("not a H2")
                || text.contains("Unsupported database file version") || text.contains("File header")) {
            return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.notOurs", databaseFile);
        }
        return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.cannotOpen", databaseFile, text.lines().findFirst().orElse(""));
    }

    public PlanStore plans() {
        return plans;
    }

    public UnitDirectory units() {
        return units;
    }

    /** Where this store's data lives: the folder holding the database file and its backups. */
    public Path folder() {
        return folder;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    public Backups backups() {
        return new Backups(this);
    }

    /** The office's edits to the public holidays, and the working calendar they give. */
    public CalendarStore calendar() {
        return new CalendarStore(this);
    }

    DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}

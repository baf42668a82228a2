package vn.plandesk.logic.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.engine.SysProperties;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import vn.plandesk.logic.store.db.Tables;
import vn.plandesk.logic.text.VietnameseText;

/**
 * The embedded database in a data folder: one H2 file ({@value #DATABASE_NAME}.mv.db) migrated by
 * Flyway and read and written through jOOQ.
 *
 * <p>A second process on the same machine (the command line while the window is open) uses the
 * file through the first one: H2's AUTO_SERVER, whose listener is bound to the loopback address
 * only ({@code h2.bindAddress}, set before H2 reads it) and whose port and key sit in a lock file
 * only the user can read: the data folder is 0700 and every file in it 0600 on POSIX systems.
 * When the loopback binding cannot be guaranteed (H2 was loaded before this class set it), the
 * store is opened for this process alone rather than listening on every address.
 *
 * <p>Nothing of the plans goes to H2's trace file (TRACE_LEVEL_FILE=0). The folder's path is
 * refused when it holds a character that would end H2's file name ({@code ;}), so no path can
 * change the connection's settings. A lock left by a killed process is recognised at once (no
 * process holds the database file) and removed, instead of H2's wait of several seconds. Opening
 * and closing pass through the {@link OpenGate}, so a second process never meets a half-opened store.
 */
public final class Store implements AutoCloseable {
    static final String DATABASE_NAME = "plandesk";
    private static final String H2_SUFFIX = ".mv.db";
    private static final String LOCK_SUFFIX = ".lock.db";
    private static final String TRACE_SUFFIX = ".trace.db";
    /** How long a process waits for another one that is opening, closing or migrating the store. */
    static final long BUSY_WAIT_MILLIS = 6_000;
    /** How long the process serving the store waits, when closing, for other processes' commands to end. */
    static final long CLOSE_WAIT_MILLIS = 10_000;
    /** How long a holder that serves no other process (another tool) is waited for. */
    static final long EXCLUSIVE_WAIT_MILLIS = 1_500;
    static final String LOOPBACK = "127.0.0.1";
    /** The versions of src/main/resources/db/migration, in order (StoreSchemaVersionTest keeps them equal). */
    static final List<String> MIGRATIONS = List.of("1", "2");

    static {
        // Must happen before any H2 class reads it (SysProperties keeps the first value it sees).
        System.setProperty("h2.bindAddress", LOOPBACK);
        Thread warmUp = new Thread(Store::initialiseQueryClasses, "plandesk-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * jOOQ's own class initialisers and the generated schema's take a fifth of a short command's start, all
     * on one thread; run on the second core while the program reads its arguments and H2 opens the file,
     * they are done by the time the first query needs them. The collator's rules likewise, for the first sort.
     */
    private static void initialiseQueryClasses() {
        DSL.using(SQLDialect.H2).render(DSL.selectCount().from(Tables.PLAN).where(Tables.TASK.ID.eq(0L)));
        VietnameseText.collator();
    }

    /** The database files this process has open: their lock is never taken for a stale one. */
    private static final Set<Path> OPEN_HERE = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final Path databaseFile;
    private final JdbcConnectionPool pool;
    /** The office server's connections, null for a data folder. */
    private final HikariDataSource server;
    private final ServerAddress serverAddress;
    private final ServerHealth health;
    /** The application name of this store's server connections, which its notices carry; null for a data folder. */
    private final String desk;
    private final List<ServerNotices> listeners = new CopyOnWriteArrayList<>();
    private final DSLContext dsl;
    private final PlanStore plans;
    private final UnitDirectory units;
    private final boolean serving;
    /** False for a login the office server lets read only (asked once, at open). */
    private final boolean mayWrite;

    private Store(Path folder, Path databaseFile, JdbcConnectionPool pool, boolean serving) {
        this.folder = folder;
        this.databaseFile = databaseFile;
        this.pool = pool;
        this.serving = serving;
        this.server = null;
        this.serverAddress = null;
        this.health = ServerHealth.local();
        this.desk = null;
        this.mayWrite = true;
        this.dsl = dsl(pool, SQLDialect.H2);
        this.units = new UnitDirectory(dsl);
        this.plans = new PlanStore(dsl);
    }

    /** A store on an office server: the same queries, rendered for PostgreSQL. */
    private Store(ServerAddress address, HikariDataSource server, String desk, boolean mayWrite) {
        // The desk's own data folder keeps what is the desk's: the office's additions to the public bodies.
        this.folder = defaultLocation();
        this.databaseFile = null;
        this.pool = null;
        this.serving = false;
        this.server = server;
        this.serverAddress = address;
        this.health = ServerHealth.of(server);
        this.desk = desk;
        this.mayWrite = mayWrite;
        this.dsl = dsl(server, SQLDialect.POSTGRES);
        this.units = new UnitDirectory(dsl);
        this.plans = new PlanStore(dsl);
    }

    private static DSLContext dsl(javax.sql.DataSource connections, SQLDialect dialect) {
        // Unquoted names: the code generated from H2's upper-case schema runs on PostgreSQL, which folds names to lower case.
        return DSL.using(connections, dialect, new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
    }

    /**
     * Opens the store at {@code location}: a data folder ({@link #open(Path)}) or an office's
     * PostgreSQL server, whose schema is migrated by the same Flyway scripts when it is new or older.
     */
    public static Store open(StoreLocation location) throws StoreException {
        if (location instanceof ServerAddress address) {
            // One name per open store, so that a desk knows its own notices (two windows of one machine are two desks).
            String desk = "PlanDesk " + Long.toHexString(ThreadLocalRandom.current().nextLong());
            HikariDataSource pool = ServerConnections.open(address, desk);
            return new Store(address, pool, desk, ServerConnections.mayWrite(pool, address));
        }
        return open(((StoreLocation.Folder) location).path());
    }

    /** Sets what H2 must know before it starts; call first thing in a program's main. */
    public static void prepare() {
        // the static initialiser does the work
    }

    /**
     * Opens (creating and migrating when needed) the store in {@code location}: a data folder, or
     * a {@code .mv.db} file. Waits a few seconds while another PlanDesk opens, migrates or closes
     * it, then says in one sentence that another PlanDesk is using it.
     */
    public static Store open(Path location) throws StoreException {
        Path databaseFile = databaseFile(location).toAbsolutePath().normalize();
        Path folder = databaseFile.getParent();
        checkPath(databaseFile);
        prepareFolder(folder, !location.toString().endsWith(H2_SUFFIX));
        long start = System.currentTimeMillis();
        long heldExclusivelySince = -1;
        while (true) {
            try (OpenGate gate = enterGate(databaseFile, start + BUSY_WAIT_MILLIS)) {
                Store store = openOnce(folder, databaseFile);
                secureFiles(databaseFile);
                return store;
            } catch (Busy busy) {
                long now = System.currentTimeMillis();
                // A holder that serves no one (another tool, or H2 without AUTO_SERVER) does not let go by waiting.
                boolean exclusive = !servedByAnother(databaseFile);
                heldExclusivelySince = exclusive ? (heldExclusivelySince < 0 ? now : heldExclusivelySince) : -1;
                if (exclusive && now - heldExclusivelySince > EXCLUSIVE_WAIT_MILLIS) {
                    throw new StoreException(StoreException.Reason.CANNOT_OPEN, busy.getCause(), "store.locked", databaseFile);
                }
                if (now - start > BUSY_WAIT_MILLIS) {
                    throw new StoreException(StoreException.Reason.CANNOT_OPEN, busy.getCause(), "store.busy", folder);
                }
                sleepQuietly(100 + ThreadLocalRandom.current().nextInt(200));
            }
        }
    }

    /** The gate of {@link OpenGate}, or the one-line "another PlanDesk is using it" when it stays shut too long. */
    private static OpenGate enterGate(Path databaseFile, long deadlineMillis) throws StoreException {
        try {
            OpenGate gate = OpenGate.enter(databaseFile, deadlineMillis);
            if (gate != null) {
                return gate;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new StoreException(StoreException.Reason.CANNOT_OPEN, "store.busy", databaseFile.getParent());
    }

    /** The lock file names a server: another PlanDesk serves the file (or did, if it was just killed). */
    private static boolean servedByAnother(Path databaseFile) {
        Path lock = lockFile(databaseFile);
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = Files.newInputStream(lock)) {
            properties.load(in);
        } catch (IOException e) {
            return false; // no lock file: H2 without AUTO_SERVER holds the file (it locks the file itself)
        }
        return properties.getProperty("server") != null;
    }

    private static Path lockFile(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        return databaseFile.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()) + LOCK_SUFFIX);
    }

    /** The store could not be opened because another process is opening, closing or migrating it. */
    private static final class Busy extends Exception {
        Busy(Throwable cause) {
            super(cause);
        }
    }

    private static Store openOnce(Path folder, Path databaseFile) throws StoreException, Busy {
        clearStaleLock(databaseFile);
        boolean shared = loopbackOnly();
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl(databaseFile, shared), "sa", "");
        boolean serving;
        boolean current;
        try (Connection probe = pool.getConnection()) {
            serving = servesTheFile(probe);
            current = schemaIsCurrent(probe);
        } catch (SQLException e) {
            pool.dispose();
            throw openFailure(databaseFile, e);
        }
        if (!current) {
            migrate(pool, databaseFile);
        }
        OPEN_HERE.add(databaseFile);
        return new Store(folder, databaseFile, pool, serving);
    }

    /**
     * One query instead of Flyway's start (about half a second of class loading and scanning): the
     * store has every migration of this PlanDesk, in order, all successful, and no other. Anything else
     * (a new store, an older or newer one, a failed migration) goes to Flyway, which migrates or refuses.
     */
    static boolean schemaIsCurrent(Connection c) {
        List<String> applied = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL OR NOT \"success\" ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                if (!r.getBoolean(2)) {
                    return false;
                }
                applied.add(r.getString(1));
            }
        } catch (SQLException e) {
            return false; // no history yet: a new store
        }
        return applied.equals(MIGRATIONS);
    }

    private static void migrate(JdbcConnectionPool pool, Path databaseFile) throws StoreException, Busy {
        try {
            // No ignore patterns: a store migrated by a newer PlanDesk fails validation instead of a mere warning.
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").ignoreMigrationPatterns(new String[0])
                    .load().migrate();
        } catch (FlywayException e) {
            pool.dispose();
            if (isNewerSchema(e)) {
                throw new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.newerVersion", databaseFile);
            }
            if (StoreFailures.isBusy(e)) {
                throw new Busy(e);
            }
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.notOurs", databaseFile);
        } catch (RuntimeException e) {
            pool.dispose();
            if (StoreFailures.isBusy(e)) {
                throw new Busy(e);
            }
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.cannotOpen", databaseFile,
                    StoreFailures.describe(e));
        }
    }

    /** Flyway's validation of a schema with migrations this PlanDesk does not know: a newer PlanDesk made it. */
    static boolean isNewerSchema(FlywayException e) {
        String text = String.valueOf(e.getMessage());
        return text.contains("not resolved locally") || text.contains("newer than the latest available");
    }

    /** True when this connection is embedded (this process serves the file), false through another process. */
    private static boolean servesTheFile(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT SERVER FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()")) {
            return r.next() && r.getString(1) == null;
        }
    }

    /** AUTO_SERVER only when its listener is known to be bound to the loopback address. */
    static boolean loopbackOnly() {
        return LOOPBACK.equals(SysProperties.BIND_ADDRESS);
    }

    /**
     * H2 takes everything after the first {@code ;} of the URL as settings (INIT=..., AUTO_SERVER=...)
     * and has no escape for it in the file name: such a path is refused. NUL cannot be in a file name.
     */
    static void checkPath(Path databaseFile) throws StoreException {
        String text = databaseFile.toString();
        if (text.indexOf(';') >= 0 || text.indexOf('\0') >= 0) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "store.badPath", text);
        }
    }

    /**
     * Creates the data folder for the user alone (0700). An existing folder is closed to others too
     * when it holds nothing but PlanDesk's files; a folder given as the place of a .mv.db file (the
     * user's documents, say) keeps its mode, its PlanDesk files are closed one by one.
     */
    private static void prepareFolder(Path folder, boolean dataFolder) throws StoreException {
        try {
            if (!Files.isDirectory(folder)) {
                if (OwnerOnlyFiles.isPosix()) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            if (dataFolder && onlyPlanDeskFiles(folder)) {
                OwnerOnlyFiles.setMode(folder, "rwx------");
            }
            Files.deleteIfExists(folder.resolve(DATABASE_NAME + TRACE_SUFFIX)); // may hold plan text from an older PlanDesk
            Backups.cleanLeftovers(folder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.cannotCreateFolder", folder);
        }
    }

    private static boolean onlyPlanDeskFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(DATABASE_NAME + ".") && !name.equals("backups") && !name.startsWith(".plandesk-")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The database, lock and backup files for the user alone (0600), the backups folder 0700. */
    static void secureFiles(Path databaseFile) {
        OwnerOnlyFiles.setModeQuietly(databaseFile, "rw-------");
        OwnerOnlyFiles.setModeQuietly(lockFile(databaseFile), "rw-------");
        Path backups = Backups.folder(databaseFile.getParent());
        if (Files.isDirectory(backups)) {
            OwnerOnlyFiles.setModeQuietly(backups, "rwx------");
        }
    }

    /**
     * A lock file whose database file no process holds is what a killed process left: removed, so
     * the store opens at once (H2 itself waits for the lock file to age, 4 s and more). The test is
     * the operating system's lock H2 holds on the database file while it is open; this process's own
     * open stores are never probed (closing a second handle would drop the lock this process holds).
     * Called inside the {@link OpenGate}, where no PlanDesk is between writing the lock file and
     * locking the database file.
     */
    static void clearStaleLock(Path databaseFile) {
        Path lock = lockFile(databaseFile);
        if (OPEN_HERE.contains(databaseFile) || !Files.exists(lock) || !Files.isRegularFile(databaseFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock held = channel.tryLock()) {
            if (held != null) {
                Files.deleteIfExists(lock);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // held by someone: H2 finds its way to it
        }
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
        // TRACE_LEVEL_FILE=0: H2 writes no trace file (it kept fragments of plan text).
        // IFEXISTS is not set: opening a new folder creates the database.
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0" + (shared ? ";AUTO_SERVER=TRUE" : "");
    }

    private static StoreException openFailure(Path databaseFile, SQLException e) throws Busy {
        if (StoreFailures.isBusy(e)) {
            throw new Busy(e);
        }
        if (StoreFailures.isDamaged(e)) {
            return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.notOurs", databaseFile);
        }
        if (StoreFailures.isDiskFull(e)) {
            return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.diskFull", databaseFile.getParent());
        }
        if (StoreFailures.isPermission(e)) {
            return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.noPermission", databaseFile.getParent());
        }
        return new StoreException(StoreException.Reason.CANNOT_OPEN, e, "store.cannotOpen", databaseFile, StoreFailures.describe(e));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** The H2 file of a data folder's store; null for a store on a server. */
    public Path databaseFile() {
        return databaseFile;
    }

    /** The office server this store is on, empty for a data folder's store. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(serverAddress);
    }

    /** Where the data is, as the user names it: the server's address or the data folder. */
    public StoreLocation location() {
        return serverAddress != null ? serverAddress : new StoreLocation.Folder(folder);
    }

    /** Whether the office server can be reached now, and news of it going and coming back. */
    public ServerHealth health() {
        return health;
    }

    /**
     * Whether this login may change the data: false for a read-only role on the office server, whose
     * window opens read-only. The server still refuses a write it does not allow (rights taken away
     * after this was asked), with the same sentence.
     */
    public boolean mayWrite() {
        return mayWrite;
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

    /**
     * Tells {@code listener} of the changes other desks commit on the office server, until the
     * returned handle (or this store) is closed. A data folder's store has no other desk: nothing runs.
     */
    public ServerNotices listen(ServerNotices.Listener listener) {
        if (server == null) {
            return ServerNotices.none();
        }
        ServerNotices notices = ServerNotices.start(() -> ServerConnections.dedicated(serverAddress, desk + " notices"), desk, listener);
        listeners.add(notices);
        return notices;
    }

    /**
     * Closes the store. The process serving the file to others first lets their commands end (up to
     * {@value #CLOSE_WAIT_MILLIS} ms): closing under them would break their transactions.
     */
    @Override
    public void close() {
        health.close();
        if (server != null) {
            listeners.forEach(ServerNotices::close);
            server.close();
            return;
        }
        if (serving) {
            closeServedFile();
        } else {
            pool.dispose();
        }
        OPEN_HERE.remove(databaseFile);
    }

    /**
     * Waits for the other processes' commands to end, then closes through the gate, so that a process
     * coming now finds the store served or free, never half closed. Processes connect only inside the
     * gate, so one that connected between the wait and the gate is seen there and waited for too.
     */
    private void closeServedFile() {
        long deadline = System.currentTimeMillis() + CLOSE_WAIT_MILLIS;
        try {
            while (true) {
                waitForOtherProcesses(deadline);
                try (OpenGate gate = OpenGate.enter(databaseFile, System.currentTimeMillis() + BUSY_WAIT_MILLIS)) {
                    if (!otherProcessesConnected() || System.currentTimeMillis() >= deadline) {
                        pool.dispose();
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.dispose();
        }
    }

    private void waitForOtherProcesses(long deadline) {
        while (System.currentTimeMillis() < deadline && otherProcessesConnected()) {
            sleepQuietly(50);
        }
    }

    /** Another process has a connection to the file through this one; false when that cannot be asked. */
    private boolean otherProcessesConnected() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL")) {
            return r.next() && r.getLong(1) > 0;
        } catch (SQLException | RuntimeException e) {
            return false; // closing anyway
        }
    }
}

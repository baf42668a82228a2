package vn.plandesk.logic.store;

import static vn.plandesk.logic.store.db.Tables.PLAN;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Dated, consistent copies of the store (H2's online BACKUP: a zip holding the database file),
 * kept in the data folder's {@code backups} folder, the oldest removed beyond {@value #KEEP}.
 * Every file is written under a temporary name and moved into place, so a failed backup or restore
 * never leaves half a file where a good one was. The copy of the data made before a restore goes to
 * {@code backups/before-restore}, out of the rotation of the dated backups (it has its own).
 *
 * <p>Temporary files are named {@code .plandesk-backup-*} and {@code .plandesk-restore-*}; whatever
 * a killed process left of them is removed the next time the store is opened, while no backup or
 * restore is running (an operating-system lock on {@code .plandesk-files.lock} tells).
 */
public final class Backups {
    /** How many dated backups stay in the backups folder. */
    public static final int KEEP = 10;
    /** How many copies made before a restore stay in {@code backups/before-restore}. */
    public static final int KEEP_BEFORE_RESTORE = 10;
    private static final String PREFIX = Store.DATABASE_NAME + "-";
    private static final String BACKUP_TEMP = ".plandesk-backup-";
    private static final String RESTORE_TEMP = ".plandesk-restore-";
    private static final String FILES_LOCK = ".plandesk-files.lock";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** The largest store a backup may hold; far above a real office's data (10,000 tasks are a few MB). */
    static volatile long maxRestoredSize = 2L * 1024 * 1024 * 1024;
    /** Room left free on the disk after a restore, besides the restored file. */
    private static final long SPARE_SPACE = 16L * 1024 * 1024;
    /** One backup or restore at a time in this process (the OS lock is per process). */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Store store;

    Backups(Store store) {
        this.store = store;
    }

    public static Path folder(Path dataFolder) {
        return dataFolder.resolve("backups");
    }

    /** Where the copy of the data made before a restore goes: out of the dated backups' rotation. */
    public static Path beforeRestoreFolder(Path dataFolder) {
        return folder(dataFolder).resolve("before-restore");
    }

    /**
     * Writes a backup. {@code target} null means a dated file in the backups folder (with rotation);
     * a folder means a dated file there; anything else is the file to write. A read-only file at the
     * target is refused; a failure leaves the target and the store as they were.
     */
    public Path backup(Path target) throws StoreException {
        return backup(target, false);
    }

    /**
     * As {@link #backup(Path)}; with {@code portable}, and always for a store on a server, the file
     * is a {@link PortableArchive} that a data folder or a server can restore, and the dated ones
     * go to a folder of their own ({@link #datedFolder}).
     */
    public Path backup(Path target, boolean portable) throws StoreException {
        return backup(target, target == null ? KEEP : 0, portable || store.server().isPresent());
    }

    private Path backup(Path target, int keep, boolean portable) throws StoreException {
        Path file = target == null ? datedFolder(portable).resolve(datedName())
                : Files.isDirectory(target) ? target.resolve(datedName()) : target;
        file = file.toAbsolutePath();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.BACKUP, "file.notAFile", file);
        }
        if (vn.plandesk.logic.files.SafeFiles.isReadOnly(file)) {
            throw new StoreException(StoreException.Reason.BACKUP, "store.backupReadOnly", file);
        }
        Path dir = file.getParent();
        Path temp = null;
        try (FilesLock lock = FilesLock.take(store.folder())) {
            if (target == null || dir.startsWith(folder(store.folder()))) {
                createPrivateFolders(dir);
            } else {
                Files.createDirectories(dir);
            }
            temp = Files.createTempFile(dir, BACKUP_TEMP, ".zip");
            if (portable) {
                PortableArchive.write(store, temp);
            } else {
                Files.delete(temp);
                store.dsl().query("BACKUP TO {0}", DSL.inline(temp.toString())).execute();
            }
            OwnerOnlyFiles.setMode(temp, "rw-------");
            moveIntoPlace(temp, file);
            temp = null;
            if (keep > 0) {
                rotate(dir, keep);
            }
            return file;
        } catch (IOException | DataAccessException e) {
            throw explainBackup(file, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static StoreException explainBackup(Path file, Exception e) {
        if (StoreFailures.isDiskFull(e)) {
            return new StoreException(StoreException.Reason.BACKUP, e, "store.backupDiskFull", file);
        }
        if (StoreFailures.isPermission(e)) {
            return new StoreException(StoreException.Reason.BACKUP, e, "store.backupNoPermission", file);
        }
        if (StoreFailures.isBusy(e)) {
            return new StoreException(StoreException.Reason.BACKUP, e, "store.writeBusy");
        }
        return new StoreException(StoreException.Reason.BACKUP, e, "store.backupFailed", file, StoreFailures.describe(e));
    }

    /** The dated backups in a data folder, newest first. */
    public static List<Path> list(Path dataFolder) throws IOException {
        return datedIn(folder(dataFolder));
    }

    private static List<Path> datedIn(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, PREFIX + "*.zip")) {
                stream.forEach(files::add);
            }
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return files;
    }

    /**
     * Replaces the store in {@code dataLocation} with a backup. Refused while another process has
     * the store open, and for a backup made by a newer PlanDesk. The current data is first backed
     * up (to {@link #beforeRestoreFolder}), so a restore can itself be undone. Whatever fails, the
     * current store stays as it was and no temporary file stays behind.
     *
     * @return the backup of the data that was replaced, or null when there was none
     */
    public static Path restore(Path dataLocation, Path backupZip) throws StoreException {
        Path databaseFile = Store.databaseFile(dataLocation).toAbsolutePath().normalize();
        Path dataFolder = databaseFile.getParent();
        Store.checkPath(databaseFile);
        if (!Files.isRegularFile(backupZip)) {
            throw new StoreException(StoreException.Reason.BACKUP, "store.backupMissing", backupZip);
        }
        Path extracted = null;
        try {
            createPrivateDirectories(dataFolder);
            try (FilesLock lock = FilesLock.take(dataFolder)) {
                extracted = extractDatabase(backupZip, dataFolder);
                checkIsPlanDeskStore(extracted, backupZip);
                Path safety = null;
                if (Files.exists(databaseFile)) {
                    checkNotInUse(databaseFile);
                    try (Store current = Store.open(dataLocation)) {
                        safety = current.backups().backupBeforeRestore();
                    }
                }
                moveIntoPlace(extracted, databaseFile);
                extracted = null;
                OwnerOnlyFiles.setModeQuietly(databaseFile, "rw-------");
                return safety;
            }
        } catch (IOException e) {
            if (StoreFailures.isDiskFull(e)) {
                throw new StoreException(StoreException.Reason.BACKUP, e, "store.restoreNoSpace", backupZip, 0);
            }
            throw new StoreException(StoreException.Reason.BACKUP, e, "store.restoreUnchanged", backupZip, StoreFailures.describe(e));
        } finally {
            deleteQuietly(extracted);
        }
    }

    /**
     * The copy of the data made before a restore replaces it, kept apart from the dated backups; a
     * server's is a portable archive. {@link #restore} calls it with the files lock held (re-entrant
     * in this process), {@link PortableArchive#restoreInto} without.
     */
    Path backupBeforeRestore() throws StoreException {
        boolean portable = store.server().isPresent();
        Path dir = portable ? datedFolder(true).resolve("before-restore") : beforeRestoreFolder(store.folder());
        return backup(dir.resolve(datedName()), KEEP_BEFORE_RESTORE, portable);
    }

    /**
     * Where dated backups go: the backups folder for a data folder's own; portable archives apart,
     * one folder for the data folder's and one per server, so each rotation keeps its own ten.
     */
    private Path datedFolder(boolean portable) {
        Path backups = folder(store.folder());
        if (!portable) {
            return backups;
        }
        return store.server().map(s -> backups.resolve((s.host() + "-" + s.port() + "-" + s.database()).replaceAll("[^A-Za-z0-9._-]", "_")))
                .orElse(backups.resolve("portable"));
    }

    private static Path extractDatabase(Path zip, Path dataFolder) throws IOException, StoreException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            ZipEntry entry = zf.getEntry(Store.DATABASE_NAME + ".mv.db");
            if (entry == null || entry.isDirectory()) {
                throw new StoreException(StoreException.Reason.BACKUP, "store.notABackup", zip);
            }
            long limit = maxRestoredSize;
            long declared = entry.getSize();
            if (declared > limit) {
                throw new StoreException(StoreException.Reason.BACKUP, "store.backupTooLarge", zip, limit / (1024 * 1024));
            }
            long free = Files.getFileStore(dataFolder).getUsableSpace();
            if (declared >= 0 && declared + SPARE_SPACE > free) {
                throw new StoreException(StoreException.Reason.BACKUP, "store.restoreNoSpace", zip,
                        Math.max(1, (declared + SPARE_SPACE) / (1024 * 1024)));
            }
            long bound = Math.min(limit, Math.max(0, free - SPARE_SPACE));
            Path temp = Files.createTempFile(dataFolder, RESTORE_TEMP, ".mv.db");
            boolean done = false;
            try {
                long copied;
                try (InputStream in = zf.getInputStream(entry);
                     OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    copied = copyAtMost(in, out, bound);
                }
                if (copied < 0) {
                    throw bound < limit
                            ? new StoreException(StoreException.Reason.BACKUP, "store.restoreNoSpace", zip, Math.max(1, bound / (1024 * 1024)))
                            : new StoreException(StoreException.Reason.BACKUP, "store.backupTooLarge", zip, limit / (1024 * 1024));
                }
                if (copied == 0) {
                    throw new StoreException(StoreException.Reason.BACKUP, "store.notABackup", zip);
                }
                done = true;
                return temp;
            } finally {
                if (!done) {
                    deleteQuietly(temp);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "store.notABackup", zip);
        }
    }

    /** Copies at most {@code bound} bytes; -1 when there was more. */
    static long copyAtMost(InputStream in, OutputStream out, long bound) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > bound) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** Opens the extracted file read-only, looks for the plan table and refuses a newer schema. */
    private static void checkIsPlanDeskStore(Path extracted, Path zip) throws StoreException {
        String url = Store.jdbcUrl(extracted, false) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            DSL.using(c, SQLDialect.H2).fetchCount(PLAN);
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").ignoreMigrationPatterns(new String[0])
                    .load().validate();
        } catch (FlywayException e) {
            if (Store.isNewerSchema(e)) {
                throw new StoreException(StoreException.Reason.BACKUP, e, "store.backupNewer", zip);
            }
            // an older schema fails validation with pending migrations: it is migrated when opened
            if (!String.valueOf(e.getMessage()).contains("pending") && !String.valueOf(e.getMessage()).contains("not applied")) {
                throw new StoreException(StoreException.Reason.BACKUP, e, "store.notABackup", zip);
            }
        } catch (SQLException | DataAccessException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "store.notABackup", zip);
        }
    }

    /** Opening the file without AUTO_SERVER fails while any other process holds it. */
    private static void checkNotInUse(Path databaseFile) throws StoreException {
        Store.clearStaleLock(databaseFile);
        try (Connection c = DriverManager.getConnection(Store.jdbcUrl(databaseFile, false) + ";IFEXISTS=TRUE", "sa", "")) {
            c.isValid(1);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "store.restoreInUse", databaseFile);
        }
    }

    private static void rotate(Path dir, int keep) throws IOException {
        List<Path> files = datedIn(dir);
        for (Path old : files.subList(Math.min(keep, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static String datedName() {
        return PREFIX + LocalDateTime.now().format(STAMP) + ".zip";
    }

    /** {@code dir} and every missing folder between it and the data folder, each the user's alone. */
    private void createPrivateFolders(Path dir) throws IOException {
        if (!Files.isDirectory(dir) && !dir.equals(store.folder()) && dir.startsWith(store.folder())) {
            createPrivateFolders(dir.getParent());
        }
        createPrivateDirectories(dir);
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            OwnerOnlyFiles.setMode(dir, "rwx------");
        }
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes what a killed backup or restore left in the data folder and its backups folders, when
     * no backup or restore is running in any process.
     */
    static void cleanLeftovers(Path dataFolder) {
        if (!Files.isDirectory(dataFolder)) {
            return;
        }
        try (FilesLock lock = FilesLock.tryTake(dataFolder)) {
            if (lock == null) {
                return;
            }
            for (Path dir : List.of(dataFolder, folder(dataFolder), beforeRestoreFolder(dataFolder))) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir,
                        entry -> entry.getFileName().toString().startsWith(BACKUP_TEMP)
                                || entry.getFileName().toString().startsWith(RESTORE_TEMP))) {
                    for (Path leftover : stream) {
                        deleteQuietly(leftover);
                    }
                }
            }
        } catch (IOException e) {
            // leftovers stay until the next start; the store itself is untouched
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is removed on the next start
            }
        }
    }

    /** The operating-system lock that says a backup or restore is running on a data folder. */
    private static final class FilesLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;
        private final boolean outer;

        private FilesLock(FileChannel channel, FileLock lock, boolean outer) {
            this.channel = channel;
            this.lock = lock;
            this.outer = outer;
        }


        static FilesLock take(Path dataFolder) throws IOException {
            IN_PROCESS.lock();
            if (IN_PROCESS.getHoldCount() > 1) {
                return new FilesLock(null, null, false);
            }
            try {
                createPrivateDirectories(dataFolder);
                FileChannel channel = FileChannel.open(dataFolder.resolve(FILES_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                OwnerOnlyFiles.setModeQuietly(dataFolder.resolve(FILES_LOCK), "rw-------");
                return new FilesLock(channel, channel.lock(), true);
            } catch (IOException | RuntimeException e) {
                IN_PROCESS.unlock();
                throw e;
            }
        }

        /** The lock if nobody holds it, else null. */
        static FilesLock tryTake(Path dataFolder) throws IOException {
            if (!IN_PROCESS.tryLock()) {
                return null;
            }
            if (IN_PROCESS.getHoldCount() > 1) {
                IN_PROCESS.unlock();
                return null;
            }
            try {
                FileChannel channel = FileChannel.open(dataFolder.resolve(FILES_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                OwnerOnlyFiles.setModeQuietly(dataFolder.resolve(FILES_LOCK), "rw-------");
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    IN_PROCESS.unlock();
                    return null;
                }
                return new FilesLock(channel, lock, true);
            } catch (IOException | RuntimeException e) {
                IN_PROCESS.unlock();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (outer) {
                    try {
                        lock.release();
                    } finally {
                        channel.close();
                    }
                }
            } finally {
                IN_PROCESS.unlock();
            }
        }
    }
}

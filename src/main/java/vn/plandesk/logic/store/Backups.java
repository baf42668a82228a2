package vn.plandesk.logic.store;

import static vn.plandesk.logic.store.db.Tables.PLAN;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Dated, consistent copies of the store (H2's online BACKUP: a zip holding the database file),
 * kept in the data folder's {@code backups} folder, the oldest removed beyond {@value #KEEP}.
 * Every file is written under a temporary name and moved into place, so a failed backup or restore
 * never leaves half a file where a good one was.
 */
public final class Backups {
    /** How many dated backups stay in the backups folder. */
    public static final int KEEP = 10;
    private static final String PREFIX = Store.DATABASE_NAME + "-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final long MAX_RESTORED_SIZE = 4L * 1024 * 1024 * 1024;

    private final Store store;

    Backups(Store store) {
        this.store = store;
    }

    public static Path folder(Path dataFolder) {
        return dataFolder.resolve("backups");
    }

    /**
     * Writes a backup. {@code target} null means a dated file in the backups folder (with rotation);
     * a folder means a dated file there; anything else is the file to write.
     */
    public Path backup(Path target) throws StoreException {
        boolean rotating = target == null;
        Path file = target == null ? folder(store.folder()).resolve(datedName())
                : Files.isDirectory(target) ? target.resolve(datedName()) : target;
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".plandesk-backup-", ".zip");
            Files.delete(temp);
            store.dsl().query("BACKUP TO {0}", DSL.inline(temp.toString())).execute();
            moveIntoPlace(temp, file);
            if (rotating) {
                rotate(dir);
            }
            return file;
        } catch (IOException | DataAccessException e) {
            deleteQuietly(temp);
            throw new StoreException(StoreException.Reason.BACKUP, e, "store.backupFailed", file, firstLine(e));
        }
    }

    /** The dated backups in a data folder, newest first. */
    public static List<Path> list(Path dataFolder) throws IOException {
        Path dir = folder(dataFolder);
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
     * the store open. The current data is first backed up, so a restore can itself be undone.
     *
     * @return the backup of the data that was replaced, or null when there was none
     */
    public static Path restore(Path dataLocation, Path backupZip) throws StoreException {
        Path databaseFile = Store.databaseFile(dataLocation).toAbsolutePath();
        Path dataFolder = databaseFile.getParent();
        Path extracted = null;
        try {
            Files.createDirectories(dataFolder);
            extracted = extractDatabase(backupZip, dataFolder);
            checkIsPlanDeskStore(extracted, backupZip);
            Path safety = null;
            if (Files.exists(databaseFile)) {
                checkNotInUse(databaseFile);
                try (Store current = Store.open(dataLocation)) {
                    safety = current.backups().backup(null);
                }
            }
            moveIntoPlace(extracted, databaseFile);
            return safety;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "store.restoreFailed", backupZip, firstLine(e));
        } finally {
            deleteQuietly(extracted);
        }
    }

    private static Path extractDatabase(Path zip, Path dataFolder) throws IOException, StoreException {
        if (!Files.isRegularFile(zip)) {
            throw new StoreException(StoreException.Reason.BACKUP, "store.backupMissing", zip);
        }
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            ZipEntry entry = zf.getEntry(Store.DATABASE_NAME + ".mv.db");
            if (entry == null) {
                throw new StoreException(StoreException.Reason.BACKUP, "store.notABackup", zip);
            }
            Path temp = Files.createTempFile(dataFolder, ".plandesk-restore-", ".mv.db");
            try (InputStream in = zf.getInputStream(entry)) {
                // Bounded copy: a crafted zip must not fill the disk.
                long copied = in.transferTo(new java.io.FilterOutputStream(Files.newOutputStream(temp)) {
                    private long written;

                    @Override
                    public void write(int b) throws IOException {
                        if (++written > MAX_RESTORED_SIZE) {
                            throw new IOException("backup entry larger than " + MAX_RESTORED_SIZE + " bytes");
                        }
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        written += len;
                        if (written > MAX_RESTORED_SIZE) {
                            throw new IOException("backup entry larger than " + MAX_RESTORED_SIZE + " bytes");
                        }
                        out.write(b, off, len);
                    }
                });
                if (copied == 0) {
                    throw new StoreException(StoreException.Reason.BACKUP, "store.notABackup", zip);
                }
            }
            return temp;
        } catch (java.util.zip.ZipException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "store.notABackup", zip);
        }
    }

    /** Opens the extracted file read-only and looks for the plan table. */
    private static void checkIsPlanDeskStore(Path extracted, Path zip) throws StoreException {
        String url = Store.jdbcUrl(extracted, false) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            DSL.using(c, SQLDialect.H2).fetchCount(PLAN);
        } catch (SQLException | DataAccessException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "store.notABackup", zip);
        }
    }

    /** Opening the file without AUTO_SERVER fails while any other process holds it. */
    private static void checkNotInUse(Path databaseFile) throws StoreException {
        try (Connection c = DriverManager.getConnection(Store.jdbcUrl(databaseFile, false) + ";IFEXISTS=TRUE", "sa", "")) {
            c.isValid(1);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "store.restoreInUse", databaseFile);
        }
    }

    private static void rotate(Path dir) throws IOException {
        List<Path> files = list(dir.getParent());
        for (Path old : files.subList(Math.min(KEEP, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static String datedName() {
        return PREFIX + LocalDateTime.now().format(STAMP) + ".zip";
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the user's files are what matter
            }
        }
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}

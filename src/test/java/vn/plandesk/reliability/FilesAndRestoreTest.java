package vn.plandesk.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Launcher;
import vn.plandesk.cli.PlanDeskCommand;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.PrivateTemp;
import vn.plandesk.logic.files.SafeFiles;
import vn.plandesk.logic.store.Backups;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.testing.ChildJvm;
import vn.plandesk.testing.PlanGenerator;

/** Issue 10, files: restore leaves nothing behind, the safety backup is kept, read-only targets, one-line failures. */
class FilesAndRestoreTest {
    @TempDir
    Path dir;

    record Cli(int exit, String out, String err) {
    }

    static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PlanDeskCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]), args);
        return new Cli(exit, out.toString(), err.toString());
    }

    static void assertOneLine(Cli run) {
        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("SQL"), run.err());
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    private static Path zipWithStoreEntry(Path zip, byte[] content, int times) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("plandesk.mv.db"));
            for (int i = 0; i < times; i++) {
                out.write(content);
            }
            out.closeEntry();
        }
        return zip;
    }

    @Test
    void aRestoreThatFailsLeavesNothingBehindAndTheStoreAsItWas() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            store.plans().create(PlanGenerator.plan(6, 1));
        }
        List<String> before = files(data);
        // an entry that inflates far past what it says: bounded before and while extracting
        Path bomb = zipWithStoreEntry(dir.resolve("bomb.zip"), new byte[1024 * 1024], 2100);
        Path empty = zipWithStoreEntry(dir.resolve("empty.zip"), new byte[0], 0);
        Path garbage = zipWithStoreEntry(dir.resolve("garbage.zip"), "không phải kho".getBytes(), 1);
        for (Path bad : List.of(bomb, empty, garbage)) {
            StoreException e = assertThrows(StoreException.class, () -> Backups.restore(data, bad));
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertEquals(before, files(data), "after restoring " + bad.getFileName());
        }
        try (Store store = Store.open(data)) {
            assertEquals(1, store.plans().count());
        }
    }

    @Test
    void theBackupMadeBeforeARestoreIsKeptApartFromTheRotation() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        try (Store store = Store.open(data)) {
            store.plans().create(PlanGenerator.plan(3, 1));
            backup = store.backups().backup(dir.resolve("one.zip"));
            store.plans().create(PlanGenerator.plan(3, 2));
        }
        Path safety = Backups.restore(data, backup);
        try (Store store = Store.open(data)) {
            for (int i = 0; i < Backups.KEEP + 2; i++) {
                store.backups().backup(null);
                Thread.sleep(2);
            }
        }
        assertTrue(Files.exists(safety), "the data replaced by the restore is still there");
        assertEquals(Backups.KEEP, Backups.list(data).size());
        Backups.restore(data, safety);
        try (Store store = Store.open(data)) {
            assertEquals(2, store.plans().count());
        }
    }

    @Test
    void aReadOnlyTargetIsRefusedAndKept() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        String db = dir.resolve("data").toString();
        try (Store store = Store.open(Path.of(db))) {
            store.plans().create(PlanGenerator.plan(4, 1));
        }
        for (String format : List.of("docx", "json", "xlsx")) {
            Path target = Files.writeString(dir.resolve("cu." + format), "tệp cũ");
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
            Cli run = cli("--db", db, "export", "1", "--format", format, "-o", target.toString());
            assertOneLine(run);
            assertTrue(run.err().contains("chỉ cho đọc"), run.err());
            assertEquals("tệp cũ", Files.readString(target));
        }
        Path readOnlyBackup = Files.writeString(dir.resolve("cu.zip"), "sao lưu cũ");
        Files.setPosixFilePermissions(readOnlyBackup, PosixFilePermissions.fromString("r--r--r--"));
        Cli backup = cli("--db", db, "backup", "-o", readOnlyBackup.toString());
        assertOneLine(backup);
        assertEquals("sao lưu cũ", Files.readString(readOnlyBackup));
        // the window may replace it once the user confirms
        SafeFiles.write(readOnlyBackup, out -> out.write(1), true);
        assertEquals(1, Files.size(readOnlyBackup));
    }

    @Test
    void aFolderOrASystemFileGivenAsTheFileGetsOneTrueLine() throws Exception {
        String db = dir.resolve("data").toString();
        try (Store store = Store.open(Path.of(db))) {
            store.plans().create(PlanGenerator.plan(4, 1));
        }
        Cli folder = cli("--db", db, "import", dir.toString());
        assertOneLine(folder);
        assertTrue(folder.err().contains("là một thư mục"), folder.err());
        Cli proc = cli("--db", db, "export", "1", "--format", "docx", "-o", "/proc/plandesk-test.docx");
        assertOneLine(proc);
        Cli procFile = cli("--db", db, "export", "1", "--format", "json", "-o", "/proc/self/status");
        assertOneLine(procFile);
    }

    @Test
    void poiTemporaryFilesGoToAFolderOfTheUsersOwn() throws Exception {
        Path folder = PrivateTemp.install();
        Path temp = TempFile.createTempFile("plandesk-test", ".tmp").toPath();
        try {
            assertEquals(folder, temp.getParent());
            assertNotEquals("poifiles", temp.getParent().getFileName().toString());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * POI's folder is made by the first export, not by every start: a command that exports nothing (and the
     * window, which starts the same way) leaves nothing in the temporary folder; an export's go to the user's own.
     */
    @Test
    void onlyAnExportMakesTheTemporaryFolderAndItIsTheUsersOwn() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            store.plans().create(PlanGenerator.plan(30, 1));
        }
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        List<String> javaOptions = List.of("-Djava.io.tmpdir=" + temp, "-Duser.name=van thu");
        assertEquals(0, child(javaOptions, "--db", data.toString(), "list"));
        assertEquals(List.of(), entries(temp), "after a list");
        assertEquals(0, child(javaOptions, "--db", data.toString(), "export", "1", "--format", "xlsx", "-o", dir.resolve("plan.xlsx").toString()));
        assertEquals(List.of("plandesk-van_thu"), entries(temp), "after an export: POI's folder, not the shared poifiles");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("plandesk-van_thu"))));
        }
    }

    private static int child(List<String> javaOptions, String... args) throws Exception {
        Process process = ChildJvm.builder(javaOptions, Launcher.class, args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the command ended");
        return process.exitValue();
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A full disk: a real one when this runs as root and may mount a 1 MB tmpfs (as CI does), else a
     * stream that fails as a full disk does. The old file stays, nothing is left behind, one line.
     */
    @Test
    void aFullDiskLeavesTheOldFilesAndSaysSoInOneLine() throws Exception {
        String db = dir.resolve("data").toString();
        try (Store store = Store.open(Path.of(db))) {
            store.plans().create(PlanGenerator.plan(300, 1));
        }
        Path full = Files.createDirectories(dir.resolve("full"));
        boolean mounted = FullDisk.mount(full, "1m");
        try {
            if (mounted) {
                Path old = Files.write(full.resolve("ke-hoach.docx"), new byte[100_000]);
                FullDisk.fill(full, 8 * 1024);
                for (String format : List.of("docx", "xlsx", "pdf", "png", "json")) {
                    Path target = format.equals("docx") ? old : full.resolve("ke-hoach." + format);
                    Cli run = cli("--db", db, "export", "1", "--format", format, "-o", target.toString());
                    assertOneLine(run);
                    assertTrue(run.err().contains("đầy"), format + ": " + run.err());
                }
                Cli backup = cli("--db", db, "backup", "-o", full.resolve("sao-luu.zip").toString());
                assertOneLine(backup);
                assertTrue(backup.err().contains("đầy"), backup.err());
                assertArrayEquals(new byte[100_000], Files.readAllBytes(old));
                assertEquals(List.of("filler", "ke-hoach.docx"), files(full), "nothing left behind");
            } else {
                Path old = Files.writeString(full.resolve("ke-hoach.json"), "cũ");
                FileWriteException e = assertThrows(FileWriteException.class, () -> SafeFiles.write(old, out -> {
                    out.write(new byte[1000]);
                    throw new IOException("No space left on device");
                }));
                assertEquals(1, e.getMessage().lines().count());
                assertTrue(e.getMessage().contains("đầy"), e.getMessage());
                assertEquals("cũ", Files.readString(old));
                assertEquals(List.of("ke-hoach.json"), files(full));
            }
        } finally {
            if (mounted) {
                FullDisk.unmount(full);
            }
        }
        try (Store store = Store.open(Path.of(db))) {
            assertEquals(300, store.plans().load(1).taskCount());
        }
    }

    /** A small filesystem of its own (Linux, root): tmpfs with a size limit. */
    static final class FullDisk {
        static boolean mount(Path at, String size) {
            try {
                Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor() == 0;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }

        static void fill(Path at, long leave) throws IOException {
            long free = Files.getFileStore(at).getUsableSpace();
            try (OutputStream out = Files.newOutputStream(at.resolve("filler"))) {
                out.write(new byte[(int) Math.max(0, free - leave)]);
            }
        }

        static void unmount(Path at) throws IOException, InterruptedException {
            new ProcessBuilder("umount", at.toString()).redirectErrorStream(true).start().waitFor();
        }
    }
}

package vn.plandesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.cli.CommandLineRun.plandesk;
import static vn.plandesk.cli.CommandLineRun.plandeskWithInput;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreLocation;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;
import vn.plandesk.testing.HomeInTempFolder;
import vn.plandesk.testing.OfficeContents;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.TestServer;

/**
 * {@code plandesk backup} of a server store and {@code restore} of its portable archive into a data
 * folder or another server, and back: the same plans (as plan JSON), units and calendar edits.
 */
class PortableArchiveCommandTest {
    private static final List<String> SAMPLES = List.of("ke-hoach-25-KH-KHCN-bac-giang.json", "ke-hoach-de-an-doanh-nghiep-lang-son.json");

    @TempDir
    Path dir;

    @RegisterExtension
    final HomeInTempFolder home = new HomeInTempFolder();

    /** The samples, optionally a generated plan, two calendar edits and a small tree of units with one inactive. */
    private static void fill(Store store, int generatedTasks) throws Exception {
        for (String sample : SAMPLES) {
            try (InputStream in = PortableArchiveCommandTest.class.getResourceAsStream("/vn/plandesk/samples/" + sample)) {
                store.plans().create(new PlanJson().read(in));
            }
        }
        if (generatedTasks > 0) {
            store.plans().create(PlanGenerator.plan(generatedTasks, 14));
        }
        store.calendar().save(new CalendarEdit(LocalDate.of(2026, 4, 27), CalendarEdit.Kind.DAY_OFF, "Nghỉ bù Giỗ Tổ"));
        store.calendar().save(new CalendarEdit(LocalDate.of(2026, 5, 2), CalendarEdit.Kind.WORKING_DAY, null));
        Unit department = store.units().create(new Unit(null, "Sở Nội vụ", "SNV", UnitKind.DEPARTMENT, null, true));
        store.units().create(new Unit(null, "Phòng Công chức, viên chức", null, UnitKind.GROUP, department.id(), true));
        Unit old = store.units().create(new Unit(null, "Ban Thi đua - Khen thưởng tỉnh", "BTĐKT", UnitKind.AGENCY, null, true));
        store.units().setActive(old.id(), false);
    }

    private static void assertOk(CommandLineRun.Result r) {
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void aServerArchiveRestoresIntoADataFolderAndAnotherServerWithTheSamePlansUnitsAndCalendar() throws Exception {
        StoreLocation server = TestServer.addressFor(dir.resolve("may-chu"));
        try (Store store = Store.open(server)) {
            fill(store, 10_000);
        }
        OfficeContents before = OfficeContents.of(server);
        assertEquals(3, before.plans().size());

        Path archive = dir.resolve("van-phong.zip");
        CommandLineRun.Result made = plandesk("--db", server.toString(), "backup", "-o", archive.toString());
        assertOk(made);
        assertEquals(archive.toAbsolutePath().toString(), made.out().strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)));
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertEquals(3, zip.stream().filter(e -> e.getName().startsWith("plans/")).count());
        }

        Path folder = dir.resolve("ban-lam-viec");
        try (Store desk = Store.open(folder)) {
            desk.plans().create(PlanGenerator.plan(40, 3));
        }
        CommandLineRun.Result toFolder = plandesk("--db", folder.toString(), "restore", archive.toString(), "--yes");
        assertOk(toFolder);
        assertTrue(toFolder.out().contains(": 3 kế hoạch"), toFolder.out());
        assertEquals(before, OfficeContents.of(new StoreLocation.Folder(folder)), "the folder holds the server's data, and only it");

        StoreLocation otherServer = TestServer.addressFor(dir.resolve("may-chu-moi"));
        CommandLineRun.Result toServer = plandesk("--db", otherServer.toString(), "restore", archive.toString(), "--yes", "--lang", "en");
        assertOk(toServer);
        assertTrue(toServer.out().contains(": 3 plans"), toServer.out());
        assertEquals(before, OfficeContents.of(otherServer));
    }

    @Test
    void aDataFolderMovesToTheServerThroughAPortableArchiveAndTheServerAsksFirstAndKeepsWhatItHad() throws Exception {
        Path folder = dir.resolve("ban-lam-viec");
        try (Store desk = Store.open(folder)) {
            fill(desk, 0);
        }
        CommandLineRun.Result made = plandesk("--db", folder.toString(), "backup", "--portable");
        assertOk(made);
        Path archive = Path.of(made.out().strip());
        assertEquals(folder.resolve("backups").resolve("portable").toAbsolutePath(), archive.getParent());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertTrue(zip.getEntry("plandesk-archive.json") != null);
        }

        StoreLocation server = TestServer.addressFor(dir.resolve("may-chu"));
        try (Store store = Store.open(server)) {
            store.plans().create(PlanGenerator.plan(25, 5));
        }
        OfficeContents serverBefore = OfficeContents.of(server);
        CommandLineRun.Result declined = plandeskWithInput("không\n", "--db", server.toString(), "restore", archive.toString());
        assertEquals(1, declined.exitCode());
        assertTrue(declined.out().contains(server.toString()), "the question names the server: " + declined.out());
        assertEquals(serverBefore, OfficeContents.of(server));

        CommandLineRun.Result restored = plandeskWithInput("có\n", "--db", server.toString(), "restore", archive.toString());
        assertOk(restored);
        assertEquals(OfficeContents.of(new StoreLocation.Folder(folder)), OfficeContents.of(server));

        Matcher kept = Pattern.compile("(/\\S+before-restore/\\S+\\.zip)").matcher(restored.out());
        assertTrue(kept.find(), restored.out());
        Path previous = Path.of(kept.group(1));
        assertTrue(previous.startsWith(home.deskFolder()), "kept in the desk's data folder: " + previous);
        for (Path level = previous.getParent(); !level.equals(home.deskFolder().getParent()); level = level.getParent()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(level)), "the user's alone: " + level);
        }
        Path back = dir.resolve("tra-lai");
        assertOk(plandesk("--db", back.toString(), "restore", previous.toString(), "--yes"));
        assertEquals(serverBefore, OfficeContents.of(new StoreLocation.Folder(back)), "what the server held is kept as an archive");
    }

    @Test
    void aDamagedForeignOrNewerArchiveIsRefusedInOneLineAndNothingChanges() throws Exception {
        Path source = dir.resolve("nguon");
        try (Store desk = Store.open(source)) {
            fill(desk, 0);
        }
        Path good = Path.of(plandesk("--db", source.toString(), "backup", "--portable").out().strip());
        Path folderBackup = Path.of(plandesk("--db", source.toString(), "backup").out().strip());
        byte[] bytes = Files.readAllBytes(good);

        // each file, and a word of its refusal in Vietnamese|English
        Map<Path, String> bad = new LinkedHashMap<>();
        bad.put(write("cat-ngan.zip", Arrays.copyOf(bytes, bytes.length / 2)), "hỏng|damaged");
        bad.put(write("ghi-chu.zip", "Kế hoạch năm 2026".getBytes(StandardCharsets.UTF_8)), "không phải bản|is not a PlanDesk");
        bad.put(rewritten(good, "la.zip", Map.of("plandesk-archive.json", m -> m.replace("\"plandesk-archive\"", "\"other-program\""))),
                "không phải bản|is not a PlanDesk");
        bad.put(rewritten(good, "moi-hon.zip", Map.of("plandesk-archive.json", m -> m.replaceFirst("\"version\" : 1", "\"version\" : 2"))),
                "mới hơn|newer");
        bad.put(rewritten(good, "json-hong.zip", Map.of("plans/000001.json", p -> p.substring(0, p.length() / 2))),
                "kế hoạch không đọc được|plan that cannot be read");
        bad.put(rewritten(good, "thieu.zip", Map.of("plans/000002.json", p -> null)), "không trọn vẹn|incomplete");
        bad.put(rewritten(good, "don-vi.zip", Map.of("units.json", u -> u.replace("\"DEPARTMENT\"", "\"KHAC\""))), "units.json|units.json");

        Path folder = dir.resolve("dich");
        try (Store desk = Store.open(folder)) {
            desk.plans().create(PlanGenerator.plan(12, 8));
        }
        StoreLocation server = TestServer.addressFor(dir.resolve("may-chu"));
        try (Store store = Store.open(server)) {
            store.plans().create(PlanGenerator.plan(12, 9));
        }
        OfficeContents folderBefore = OfficeContents.of(new StoreLocation.Folder(folder));
        OfficeContents serverBefore = OfficeContents.of(server);

        bad.put(folderBackup, "thư mục dữ liệu|data folder");
        for (Map.Entry<Path, String> entry : bad.entrySet()) {
            for (String target : List.of(folder.toString(), server.toString())) {
                if (entry.getKey().equals(folderBackup) && target.equals(folder.toString())) {
                    continue; // a data folder's own backup restores into a data folder, as before
                }
                for (String lang : List.of("vi", "en")) {
                    String expected = entry.getValue().split("\\|")[lang.equals("vi") ? 0 : 1];
                    CommandLineRun.Result r = plandesk("--db", target, "restore", entry.getKey().toString(), "--yes", "--lang", lang);
                    String what = entry.getKey().getFileName() + " → " + target + ": " + r.err();
                    assertEquals(1, r.exitCode(), what);
                    assertEquals(1, r.err().strip().lines().count(), what);
                    assertTrue(r.err().startsWith(lang.equals("vi") ? "Lỗi: " : "Error: "), what);
                    assertTrue(r.err().contains(expected), what);
                    assertFalse(r.err().contains("Exception") || r.err().contains("SQL"), what);
                }
            }
        }
        assertEquals(folderBefore, OfficeContents.of(new StoreLocation.Folder(folder)));
        assertEquals(serverBefore, OfficeContents.of(server));
        assertFalse(Files.exists(folder.resolve("backups").resolve("before-restore")), "a refused archive is refused before any copy is made");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A copy of {@code archive} with the text of some entries changed (null leaves the entry out). */
    private Path rewritten(Path archive, String name, Map<String, UnaryOperator<String>> changes) throws Exception {
        Path copy = dir.resolve(name);
        try (ZipFile in = new ZipFile(archive.toFile()); OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : in.stream().toList()) {
                String text = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                String changed = changes.getOrDefault(entry.getName(), UnaryOperator.identity()).apply(text);
                if (changed != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(changed.getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
        }
        return copy;
    }
}

package vn.plandesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Launcher;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.Store;
import vn.plandesk.model.Plan;
import vn.plandesk.testing.ChildJvm;
import vn.plandesk.testing.Plans;
import vn.plandesk.cli.CommandLineRun.Result;
import static vn.plandesk.cli.CommandLineRun.plandeskWithInput;
import static vn.plandesk.cli.CommandLineRun.plandesk;

/** The command line as a user types it: what it prints, what it exits with, what it leaves in the store. */
class CommandLineTest {
    @TempDir
    Path dir;

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    private Path db() {
        return dir.resolve("db");
    }

    private Path sample(String name) throws IOException {
        return CommandLineRun.sample(dir, name);
    }

    private int planCount() throws Exception {
        try (Store store = Store.open(db())) {
            return store.plans().count();
        }
    }

    @Test
    void importListExportAndImportAgainGivesAnEqualPlan() throws Exception {
        Path file = sample("ke-hoach-25-KH-KHCN-bac-giang.json");
        Result imported = plandesk("--db", db().toString(), "import", file.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        long id = Long.parseLong(imported.out().strip());

        Result list = plandesk("--db", db().toString(), "list");
        assertEquals(0, list.exitCode());
        String row = list.out().lines().filter(l -> l.startsWith(id + "\t")).findFirst().orElseThrow();
        assertTrue(row.contains("25/KH-KHCN"), row);
        assertTrue(row.contains("11 giai đoạn"), row);
        assertTrue(row.contains("22 nhiệm vụ"), row);
        assertTrue(row.contains("Tham mưu xây dựng văn bản quy phạm pháp luật"), row);

        Path out = dir.resolve("xuat.json");
        Result exported = plandesk("--db", db().toString(), "export", String.valueOf(id), "--format", "json", "-o", out.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        Result again = plandesk("--db", db().toString(), "import", out.toString());
        assertEquals(0, again.exitCode(), again.err());
        long second = Long.parseLong(again.out().strip());

        try (Store store = Store.open(db())) {
            Plan first = store.plans().load(id);
            Plan copy = store.plans().load(second);
            assertEquals(Plans.withoutIds(first), Plans.withoutIds(copy));
            assertEquals(Plans.withoutIds(new PlanJson().read(file)), Plans.withoutIds(first));
        }
    }

    @Test
    void badInputSaysWhyInOneVietnameseLineAndChangesNothing() throws Exception {
        plandesk("--db", db().toString(), "import", sample("ke-hoach-25-KH-KHCN-bac-giang.json").toString());
        Path notJson = Files.writeString(dir.resolve("rac.json"), "đây không phải JSON {");
        Path notAPlan = Files.writeString(dir.resolve("mang.json"), "{\"title\": \"Kế hoạch\", \"phases\": 5}");
        Path badDate = Files.writeString(dir.resolve("ngay-sai.json"),
                "{\"title\": \"Kế hoạch\", \"issued_on\": \"2019-02-30\", \"phases\": []}");
        Path word = Files.writeString(dir.resolve("ke-hoach.docx"), "PK");

        List<String[]> bad = List.of(
                new String[] {"import", dir.resolve("khong-co.json").toString()},
                new String[] {"import", notJson.toString()},
                new String[] {"import", notAPlan.toString()},
                new String[] {"import", badDate.toString()},
                new String[] {"import", word.toString()},
                new String[] {"export", "999", "--format", "json", "-o", dir.resolve("x.json").toString()},
                new String[] {"export", "1", "--format", "json", "-o", dir.resolve("khong-co-thu-muc").resolve("x.json").toString()},
                new String[] {"restore", dir.resolve("khong-co.zip").toString(), "--yes"});
        for (String[] args : bad) {
            String[] withDb = concat(new String[] {"--db", db().toString()}, args);
            Result r = plandesk(withDb);
            String what = String.join(" ", args);
            assertNotEquals(0, r.exitCode(), what);
            assertEquals(1, r.err().strip().lines().count(), what + " → " + r.err());
            assertTrue(r.err().startsWith("Lỗi: "), what + " → " + r.err());
            assertFalse(r.err().contains("Exception"), what + " → " + r.err());
            assertEquals(1, planCount(), what);
        }
        assertTrue(plandesk("--db", db().toString(), "export", "999", "--format", "json", "-o", "-").err().contains("Không có kế hoạch mã 999"));
        assertTrue(plandesk("--db", db().toString(), "import", badDate.toString()).err().contains("2019-02-30"));
    }

    @Test
    void anExportThatCannotBeWrittenLeavesTheOldFileIntact() throws Exception {
        plandesk("--db", db().toString(), "import", sample("ke-hoach-25-KH-KHCN-bac-giang.json").toString());
        Path folderInTheWay = Files.createDirectories(dir.resolve("la-thu-muc.json"));
        Result r = plandesk("--db", db().toString(), "export", "1", "--format", "json", "-o", folderInTheWay.toString());
        assertEquals(1, r.exitCode());
        assertTrue(Files.isDirectory(folderInTheWay));
        Path existing = Files.writeString(dir.resolve("cu.json"), "bản cũ");
        Result ok = plandesk("--db", db().toString(), "export", "1", "--format", "json", "-o", existing.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(Files.readString(existing).contains("25/KH-KHCN"));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left behind");
        }
    }

    @Test
    void usageErrorsAndHelpSpeakTheChosenLanguage() {
        Result usage = plandesk("--db", db().toString(), "export", "khong-phai-so", "--format", "json", "-o", "-");
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().startsWith("Lỗi cú pháp"), usage.err());

        Result help = plandesk("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Các lệnh"), help.out());
        assertTrue(help.out().contains("import"), help.out());
        assertTrue(help.out().contains("Sao lưu toàn bộ kho dữ liệu"), "each command is described in the list: " + help.out());
        assertTrue(plandesk("import", "--help").out().contains("Đọc một kế hoạch từ tệp"), "a command's own help describes it");

        Result english = plandesk("--lang", "en", "--db", db().toString(), "export", "999", "--format", "json", "-o", "-");
        assertEquals(1, english.exitCode());
        assertTrue(english.err().startsWith("Error: There is no plan with id 999"), english.err());
        assertTrue(plandesk("--version").out().startsWith("PlanDesk "));
    }

    /** Only the command named is built; help, a mistyped name and a data folder named like a command still work. */
    @Test
    void theCommandIsFoundWhereverItStandsAndHelpListsEveryOne() throws Exception {
        Result help = plandesk("--help");
        List<String> listed = help.out().lines().map(String::strip).map(line -> line.split("\\s+")[0])
                .filter(word -> List.of("import", "list", "export", "export-unit", "backup", "report", "urge", "restore", "holidays",
                        "migrate").contains(word)).toList();
        assertEquals(List.of("import", "list", "export", "export-unit", "backup", "report", "urge", "restore", "holidays", "migrate"),
                listed, help.out());

        Path namedLikeACommand = dir.resolve("export");
        assertEquals(0, plandesk("--db", namedLikeACommand.toString(), "import", sample("ke-hoach-25-KH-KHCN-bac-giang.json").toString())
                .exitCode());
        Result list = plandesk("--lang", "en", "--db", namedLikeACommand.toString(), "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("25/KH-KHCN"), list.out());

        Result mistyped = plandesk("--db", db().toString(), "lsit");
        assertEquals(2, mistyped.exitCode());
        assertTrue(mistyped.err().startsWith("Lỗi cú pháp"), mistyped.err());
    }

    @Test
    void backupAndRestoreRoundTripAndRestoreAsksFirst() throws Exception {
        plandesk("--db", db().toString(), "import", sample("ke-hoach-25-KH-KHCN-bac-giang.json").toString());
        Result backup = plandesk("--db", db().toString(), "backup");
        assertEquals(0, backup.exitCode(), backup.err());
        Path zip = Path.of(backup.out().strip());
        assertTrue(Files.isRegularFile(zip), backup.out());

        plandesk("--db", db().toString(), "import", sample("ke-hoach-de-an-doanh-nghiep-lang-son.json").toString());
        assertEquals(2, planCount());

        Result unanswered = plandesk("--db", db().toString(), "restore", zip.toString());
        assertEquals(1, unanswered.exitCode());
        assertEquals(2, planCount(), "nothing is restored without a yes");

        Result answered = plandeskWithInput("có\n", "--db", db().toString(), "restore", zip.toString());
        assertEquals(0, answered.exitCode(), answered.err());
        assertEquals(1, planCount());
    }

    @Test
    void aStoreHeldExclusivelyByAnotherProgramGivesAClearMessage() throws Exception {
        Files.createDirectories(db());
        // An H2 connection without AUTO_SERVER holds the file exclusively, as another tool would.
        try (var holder = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db().resolve("plandesk").toAbsolutePath(), "sa", "")) {
            Process p = ChildJvm.start(Launcher.class, "--db", db().toString(), "list");
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, p.exitValue(), output);
            assertEquals(1, output.lines().count(), output);
            assertTrue(output.startsWith("Lỗi: Kho dữ liệu"), output);
            assertTrue(output.contains("đang được một chương trình khác mở"), output);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

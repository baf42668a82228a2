package vn.plandesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.store.Store;

/** {@code plandesk import FILE [--json]} on a plan document and {@code export --format mspdi|ics}. */
class ImportExportCommandTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlanDeskCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aTextPlanIsPrintedAsJsonWithoutStoringThenStoredAndExported() throws Exception {
        Path plan = dir.resolve("ke-hoach.txt");
        try (InputStream in = getClass().getResourceAsStream("/importer/samples/004_939a8cc7529e5ded.txt")) {
            Files.copy(in, plan);
        }
        String db = dir.resolve("db").toString();
        String[] printed = run("--db", db, "import", plan.toString(), "--json");
        assertEquals("0", printed[0], printed[2]);
        assertTrue(printed[1].contains("\"deadlines\"") && printed[1].contains("\"units\"") && printed[1].contains("25/KH-KHCN"));
        try (Store store = Store.open(Path.of(db))) {
            assertEquals(0, store.plans().count());
        }
        String[] stored = run("--db", db, "import", plan.toString());
        assertEquals("0", stored[0], stored[2]);
        String id = stored[1].strip();
        Path xml = dir.resolve("ke-hoach.xml");
        Path ics = dir.resolve("ke-hoach.ics");
        assertEquals("0", run("--db", db, "export", id, "--format", "mspdi", "-o", xml.toString())[0]);
        assertEquals("0", run("--db", db, "export", id, "--format", "ics", "-o", ics.toString())[0]);
        assertTrue(Files.readString(xml).contains("<Project"));
        assertTrue(Files.readString(ics).contains("BEGIN:VEVENT"));
        String[] again = run("--db", db, "import", xml.toString());
        assertEquals("0", again[0], again[2]);
        String[] refused = run("--db", db, "import", ics.toString());
        assertEquals("1", refused[0]);
        assertTrue(refused[2].startsWith("Lỗi: "), refused[2]);
    }
}

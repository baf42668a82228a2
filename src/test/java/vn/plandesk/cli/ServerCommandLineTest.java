package vn.plandesk.cli;

import static vn.plandesk.cli.CommandLineRun.plandesk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.Store;
import vn.plandesk.testing.Plans;
import vn.plandesk.testing.TestServer;

/** The command line against an office's PostgreSQL server: --db postgresql://... for every command. */
class ServerCommandLineTest {
    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/vn/plandesk/samples/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void theSamplesAreImportedListedAndExportedThroughTheServerUnchanged() throws Exception {
        String server = TestServer.addressFor(dir).toString();
        for (String name : List.of("ke-hoach-25-KH-KHCN-bac-giang.json", "ke-hoach-de-an-doanh-nghiep-lang-son.json")) {
            Path file = sample(name);
            CommandLineRun.Result imported = plandesk("--db", server, "import", file.toString());
            assertEquals(0, imported.exitCode(), imported.err());
            long id = Long.parseLong(imported.out().strip());

            Path out = dir.resolve("xuat-" + name);
            CommandLineRun.Result exported = plandesk("--db", server, "export", String.valueOf(id), "--format", "json", "-o", out.toString());
            assertEquals(0, exported.exitCode(), exported.err());
            PlanJson json = new PlanJson();
            assertEquals(Plans.withoutIds(json.read(file)), Plans.withoutIds(json.read(out)), name);
        }
        CommandLineRun.Result list = plandesk("--db", server, "list");
        assertEquals(0, list.exitCode(), list.err());
        assertEquals(2, list.out().lines().filter(row -> row.matches("\\d+\\t.*")).count(), list.out());
        assertTrue(list.out().contains("25/KH-KHCN"), list.out());
        try (Store store = TestServer.open(dir)) {
            assertEquals(2, store.plans().count());
        }
    }

    @Test
    void aBadAddressAPasswordOrAMissingArchiveIsOneLineAndNothingIsStored() throws Exception {
        String server = TestServer.addressFor(dir).toString();
        Path plan = sample("ke-hoach-25-KH-KHCN-bac-giang.json");
        List<List<String>> refused = List.of(
                List.of("--db", "postgresql://127.0.0.1:" + TestServer.port() + "/x?user=postgres&options=-c%20search_path=evil", "list"),
                List.of("--db", "postgresql://postgres:Bi-mat@127.0.0.1:" + TestServer.port() + "/x", "import", plan.toString()),
                List.of("--db", server, "restore", dir.resolve("b.zip").toString(), "--yes"));
        for (List<String> args : refused) {
            for (String lang : List.of("vi", "en")) {
                List<String> withLang = new java.util.ArrayList<>(args);
                withLang.addAll(List.of("--lang", lang));
                CommandLineRun.Result r = plandesk(withLang.toArray(String[]::new));
                assertEquals(1, r.exitCode(), args + " " + r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertTrue(r.err().startsWith(lang.equals("vi") ? "Lỗi: " : "Error: "), r.err());
                assertFalse(r.err().contains("Exception") || r.err().contains("Bi-mat"), r.err());
            }
        }
        try (Store store = TestServer.open(dir)) {
            assertTrue(store.plans().isEmpty());
        }
        assertFalse(Files.exists(dir.resolve("b.zip")));
    }
}

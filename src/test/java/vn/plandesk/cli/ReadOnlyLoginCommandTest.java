package vn.plandesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.cli.CommandLineRun.plandesk;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.store.Store;
import vn.plandesk.testing.OfficeServer;

/** The command line as a login the office server lets read only: it lists and exports, a write is one line. */
class ReadOnlyLoginCommandTest {
    @TempDir
    Path dir;

    @Test
    void aReadersImportIsRefusedInOneLineAndStoresNothingWhileListingWorks() throws Exception {
        try (OfficeServer office = OfficeServer.create(dir)) {
            try (Store owned = Store.open(office.as(office.owner))) {
                assertTrue(owned.plans().isEmpty()); // the owner's first open makes the tables
            }
            String reader = office.as(office.reader).toString();
            Path plan = CommandLineRun.sample(dir, "ke-hoach-25-KH-KHCN-bac-giang.json");

            CommandLineRun.Result vi = plandesk("--db", reader, "import", plan.toString());
            assertEquals(1, vi.exitCode(), vi.err());
            assertEquals("Lỗi: Tài khoản này chỉ được xem dữ liệu trên máy chủ, không được sửa; không có gì thay đổi.",
                    vi.err().strip());
            CommandLineRun.Result en = plandesk("--db", reader, "--lang", "en", "import", plan.toString());
            assertEquals(1, en.exitCode(), en.err());
            assertEquals("Error: This login may only read the data on the server, not change it; nothing was changed.",
                    en.err().strip());
            assertFalse(vi.err().contains("permission denied") || en.err().contains("permission denied"));

            CommandLineRun.Result list = plandesk("--db", reader, "list");
            assertEquals(0, list.exitCode(), list.err());
            try (Store owned = Store.open(office.as(office.owner))) {
                assertTrue(owned.plans().isEmpty());
                assertTrue(owned.units().list().isEmpty(), "no unit of the refused plan was stored either");
            }
        }
    }
}

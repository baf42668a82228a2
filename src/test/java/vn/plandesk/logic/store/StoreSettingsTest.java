package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.testing.PlanGenerator;

/** Issue 10: no plan text in H2's trace file; a store or backup made by a newer PlanDesk is refused. */
class StoreSettingsTest {
    @TempDir
    Path dir;

    @Test
    void noTraceFileKeepsPlanText() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("plandesk.trace.db"), "SELECT ... 'Kế hoạch mật' ..."); // left by an older PlanDesk
        try (Store store = Store.open(dir)) {
            assertTrue(Store.jdbcUrl(store.databaseFile(), true).contains(";TRACE_LEVEL_FILE=0"));
            assertThrows(RuntimeException.class, () -> store.dsl().execute("SELECT * FROM KE_HOACH_MAT_CUA_TINH"));
        }
        assertFalse(Files.exists(dir.resolve("plandesk.trace.db")));
    }

    @Test
    void aStoreOrBackupOfANewerSchemaIsRefused() throws Exception {
        Path backup;
        try (Store store = Store.open(dir.resolve("newer"))) {
            store.plans().create(PlanGenerator.plan(3, 1));
            store.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from a newer PlanDesk', 'SQL', 'V99__newer.sql', 1, 'sa', CURRENT_TIMESTAMP, 1, TRUE)");
            backup = store.backups().backup(dir.resolve("newer.zip"));
        }
        StoreException open = assertThrows(StoreException.class, () -> Store.open(dir.resolve("newer")).close());
        assertTrue(open.getMessage().contains("phiên bản PlanDesk mới hơn"), open.getMessage());

        Path current = dir.resolve("current");
        try (Store store = Store.open(current)) {
            store.plans().create(PlanGenerator.plan(4, 2));
        }
        StoreException restore = assertThrows(StoreException.class, () -> Backups.restore(current, backup));
        assertTrue(restore.getMessage().contains("phiên bản PlanDesk mới hơn"), restore.getMessage());
        try (Store store = Store.open(current)) {
            assertEquals(1, store.plans().count());
            assertEquals(4, store.plans().load(store.plans().list().get(0).id()).taskCount());
        }
    }
}

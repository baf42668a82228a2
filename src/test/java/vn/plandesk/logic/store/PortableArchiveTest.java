package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.testing.HomeInTempFolder;
import vn.plandesk.testing.OfficeContents;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.StoreFaults;
import vn.plandesk.testing.TestServer;

/** Restoring a portable archive is all or nothing: a fault in the middle leaves the target as it was. */
class PortableArchiveTest {
    /** The archive's plans hold 600 tasks; the fault comes after a third of them. */
    private static final int TASKS_BEFORE_THE_FAULT = 200;

    @TempDir
    Path dir;

    @RegisterExtension
    final HomeInTempFolder home = new HomeInTempFolder();

    private Path archive;

    @BeforeEach
    void anArchiveOfThreePlans() throws Exception {
        try (Store source = Store.open(dir.resolve("nguon"))) {
            for (int seed = 1; seed <= 3; seed++) {
                source.plans().create(PlanGenerator.plan(200, seed));
            }
            source.calendar().save(new CalendarEdit(LocalDate.of(2026, 9, 1), CalendarEdit.Kind.DAY_OFF, "Nghỉ Quốc khánh"));
            archive = source.backups().backup(dir.resolve("luu-tru.zip"), true);
        }
    }

    /** The target's data before and after a restore that fails with {@code fault} installed. */
    private void assertAFailedRestoreChangesNothing(StoreLocation target, Fault fault) throws Exception {
        try (Store store = Store.open(target)) {
            store.plans().create(PlanGenerator.plan(30, 7));
            store.calendar().save(new CalendarEdit(LocalDate.of(2026, 1, 2), CalendarEdit.Kind.DAY_OFF, null));
        }
        OfficeContents before = OfficeContents.of(target);
        try (AutoCloseable installed = fault.install(target); PortableArchive restoring = PortableArchive.open(archive)) {
            StoreException e = assertThrows(StoreException.class, () -> restoring.restoreInto(target));
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertFalse(e.getMessage().contains("INSERT") || e.getMessage().contains("SQL"), e.getMessage());
        }
        assertEquals(before, OfficeContents.of(target));
    }

    @FunctionalInterface
    private interface Fault {
        AutoCloseable install(StoreLocation target) throws Exception;
    }

    @Test
    void aFaultMidRestoreLeavesADataFolderAsItWas() throws Exception {
        Path folder = dir.resolve("dich");
        assertAFailedRestoreChangesNothing(new StoreLocation.Folder(folder), target -> {
            Store store = Store.open(target);
            StoreFaults faults = StoreFaults.failTaskInsertsAfter(store, TASKS_BEFORE_THE_FAULT);
            return () -> {
                faults.close();
                store.close();
            };
        });
    }

    @Test
    void aFaultMidRestoreLeavesAServerAsItWas() throws Exception {
        ServerAddress server = TestServer.addressFor(dir.resolve("may-chu"));
        assertAFailedRestoreChangesNothing(server, target -> {
            Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + server.database(), "postgres", "");
            try (Statement s = c.createStatement()) {
                // as a disk filling up: once the table holds that many tasks, the next one cannot be written
                s.execute("CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "IF (SELECT count(*) FROM task) >= " + TASKS_BEFORE_THE_FAULT + " THEN "
                        + "RAISE EXCEPTION 'could not extend file: No space left on device'; END IF; RETURN NEW; END $$");
                s.execute("CREATE TRIGGER disk_full BEFORE INSERT ON task FOR EACH ROW EXECUTE FUNCTION disk_full()");
            }
            return () -> {
                try (c; Statement s = c.createStatement()) {
                    s.execute("DROP TRIGGER disk_full ON task");
                }
            };
        });
        PortableArchive.Restored restored;
        try (PortableArchive archived = PortableArchive.open(archive)) {
            restored = archived.restoreInto(server);
        }
        assertEquals(3, restored.counts().plans(), "once the fault is gone the same archive restores");
        assertEquals(OfficeContents.of(new StoreLocation.Folder(dir.resolve("nguon"))), OfficeContents.of(server));
    }
}

package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.Plans;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupRestoresTheStoreAsItWas() throws Exception {
        Path backup;
        long kept;
        try (Store store = Store.open(dir)) {
            kept = store.plans().create(PlanGenerator.plan(40, 11));
            backup = store.backups().backup(null);
            store.plans().create(PlanGenerator.plan(10, 12));
            assertEquals(2, store.plans().count());
        }
        assertTrue(Files.size(backup) > 0);
        assertTrue(backup.getParent().equals(Backups.folder(dir)));

        Path safety = Backups.restore(dir, backup);
        assertNotNull(safety, "the replaced data is itself backed up");
        try (Store store = Store.open(dir)) {
            assertEquals(1, store.plans().count());
            assertEquals(Plans.withoutIds(PlanGenerator.plan(40, 11)), Plans.withoutIds(store.plans().load(kept)));
        }
        Backups.restore(dir, safety);
        try (Store store = Store.open(dir)) {
            assertEquals(2, store.plans().count());
        }
    }

    @Test
    void oldBackupsRotate() throws Exception {
        try (Store store = Store.open(dir)) {
            for (int i = 0; i < Backups.KEEP + 3; i++) {
                store.backups().backup(null);
                Thread.sleep(2); // dated names are to the millisecond
            }
        }
        assertEquals(Backups.KEEP, Backups.list(dir).size());
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheStoreStaysIntact() throws Exception {
        try (Store store = Store.open(dir)) {
            store.plans().create(PlanGenerator.plan(5, 1));
        }
        Path notZip = Files.writeString(dir.resolve("ghi-chu.zip"), "không phải tệp nén");
        StoreException e = assertThrows(StoreException.class, () -> Backups.restore(dir, notZip));
        assertTrue(e.getMessage().contains("không phải bản sao lưu"), e.getMessage());
        StoreException missing = assertThrows(StoreException.class, () -> Backups.restore(dir, dir.resolve("khong-co.zip")));
        assertEquals(StoreException.Reason.BACKUP, missing.reason());
        try (Store store = Store.open(dir)) {
            assertEquals(1, store.plans().count());
        }
    }

    @Test
    void aBackupToAPlaceThatCannotBeWrittenSaysSo() throws Exception {
        // a regular file where the folder should be (permissions do not stop root, which CI runs as)
        Path blocker = Files.writeString(dir.resolve("khong-phai-thu-muc"), "tệp");
        try (Store store = Store.open(dir.resolve("data"))) {
            StoreException e = assertThrows(StoreException.class, () -> store.backups().backup(blocker.resolve("sao-luu.zip")));
            assertEquals(StoreException.Reason.BACKUP, e.reason());
            assertTrue(e.getMessage().startsWith("Không sao lưu được"), e.getMessage());
            assertEquals("tệp", Files.readString(blocker));
        }
    }
}

package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.TestServer;

/** What only a store on an office server does: two desks at once, a new database, the server's refusals. */
class ServerStoreTest {
    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";

    @TempDir
    Path dir;

    @AfterEach
    void noPasswordFile() {
        System.clearProperty(PASSWORD_FILE);
    }

    @Test
    void aDeskWhoseViewIsStaleIsRefusedWithTodaysMessageAndTheOtherDesksEditStays() throws StoreException {
        ServerAddress office = TestServer.addressFor(dir);
        try (Store secretary = Store.open(office); Store specialist = Store.open(office)) {
            long id = secretary.plans().create(PlanGenerator.plan(20, 2));
            Plan seenBySecretary = secretary.plans().load(id);
            Plan seenBySpecialist = specialist.plans().load(id);
            Task task = seenBySecretary.allTasks().get(0);

            long version = secretary.plans().updateTask(id, seenBySecretary.version(), task.withCompletion(null, 40));
            StoreException refused = assertThrows(StoreException.class, () -> specialist.plans().updateTask(id,
                    seenBySpecialist.version(), seenBySpecialist.allTasks().get(0).withCompletion(null, 70)));

            assertEquals(StoreException.Reason.STALE, refused.reason());
            assertEquals(new StoreException(StoreException.Reason.STALE, "store.stale", id).getMessage(), refused.getMessage());
            Plan stored = specialist.plans().load(id);
            assertEquals(version, stored.version());
            assertEquals(40, stored.allTasks().get(0).percentDone());
        }
    }

    @Test
    void ofEightDesksWritingOnTheSameVersionAtOnceExactlyOneWins() throws Exception {
        ServerAddress office = TestServer.addressFor(dir);
        int desks = 8;
        List<Store> stores = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(desks);
        try {
            for (int i = 0; i < desks; i++) {
                stores.add(Store.open(office));
            }
            long id = stores.get(0).plans().create(PlanGenerator.plan(10, 1));
            Plan seen = stores.get(0).plans().load(id);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < desks; i++) {
                PlanStore plans = stores.get(i).plans();
                int percent = 10 + i;
                results.add(threads.submit(() -> {
                    start.await();
                    try {
                        plans.updateTask(id, seen.version(), seen.allTasks().get(0).withCompletion(null, percent));
                        return true;
                    } catch (StoreException e) {
                        assertEquals(StoreException.Reason.STALE, e.reason());
                        return false;
                    }
                }));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get() ? 1 : 0;
            }
            assertEquals(1, accepted);
            assertEquals(seen.version() + 1, stores.get(0).plans().version(id));
        } finally {
            threads.shutdownNow();
            stores.forEach(Store::close);
        }
    }

    @Test
    void aNewDatabaseIsMigratedByTheSameScriptsAndOpensEmpty() throws StoreException {
        ServerAddress created = TestServer.emptyDatabase();
        try (Store store = Store.open(created)) {
            assertTrue(store.plans().isEmpty());
            assertEquals(created, store.location());
            long id = store.plans().create(PlanGenerator.plan(5, 1));
            assertEquals(5, store.plans().load(id).taskCount());
        }
        try (Store again = Store.open(created)) {
            assertEquals(1, again.plans().count());
        }
    }

    @Test
    void theDesksPasswordComesFromThePasswordFileAndIsNeverInTheAddress() throws Exception {
        TestServer.execute("CREATE ROLE chuyenvien LOGIN PASSWORD 'Mat-khau-9'");
        String database = "kho_chuyenvien";
        TestServer.execute("CREATE DATABASE " + database + " OWNER chuyenvien");
        ServerAddress desk = new ServerAddress("127.0.0.1", TestServer.port(), database, "chuyenvien", "prefer");

        Path passwords = dir.resolve("pgpass");
        System.setProperty(PASSWORD_FILE, passwords.toString());
        StoreException none = assertThrows(StoreException.class, () -> Store.open(desk));
        assertTrue(none.getMessage().contains("~/.pgpass") && none.getMessage().contains("chuyenvien"), none.getMessage());

        Files.writeString(passwords, "127.0.0.1:" + TestServer.port() + ":" + database + ":chuyenvien:Sai-mat-khau\n");
        StoreException wrong = assertThrows(StoreException.class, () -> Store.open(desk));
        assertTrue(wrong.getMessage().contains("chuyenvien"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("Sai-mat-khau"), wrong.getMessage());

        Files.writeString(passwords, "127.0.0.1:" + TestServer.port() + ":" + database + ":chuyenvien:Mat-khau-9\n");
        try (Store store = Store.open(desk)) {
            assertTrue(store.plans().isEmpty());
        }

        ServerAddress othersStore = TestServer.addressFor(dir.resolve("another office"));
        Files.writeString(passwords, "*:*:*:chuyenvien:Mat-khau-9\n");
        StoreException noRights = assertThrows(StoreException.class, () -> Store.open(
                new ServerAddress("127.0.0.1", TestServer.port(), othersStore.database(), "chuyenvien", "prefer")));
        assertTrue(noRights.getMessage().startsWith("Người dùng chuyenvien không có quyền"), noRights.getMessage());
    }

    @Test
    void aServerThatDoesNotAnswerOrHasNoSuchDatabaseIsToldInOneLine() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        ServerAddress nobody = new ServerAddress("127.0.0.1", closedPort, "plandesk", "vanthu", "prefer");
        StoreException unreachable = assertThrows(StoreException.class, () -> Store.open(nobody));
        assertTrue(unreachable.getMessage().startsWith("Không kết nối được máy chủ " + nobody), unreachable.getMessage());
        assertEquals(1, unreachable.getMessage().lines().count());

        ServerAddress missing = TestServer.address("khong_co_kho_nay");
        StoreException noDatabase = assertThrows(StoreException.class, () -> Store.open(missing));
        assertTrue(noDatabase.getMessage().contains("khong_co_kho_nay"), noDatabase.getMessage());
        assertTrue(noDatabase.getMessage().contains("Dùng chung máy chủ"), noDatabase.getMessage());
    }

    @Test
    void theTestServerListensOnTheLoopbackAddressOnly() throws StoreException {
        try (Store store = TestServer.open(dir)) {
            assertEquals("127.0.0.1", store.dsl().fetchValue("SHOW listen_addresses"));
        }
    }

    @Test
    void aServerStoreIsBackedUpAsAPortableArchiveNotAnH2File() throws StoreException {
        try (Store store = TestServer.open(dir)) {
            Path backup = store.backups().backup(dir.resolve("b.zip"));
            assertEquals(PortableArchive.Kind.PORTABLE, PortableArchive.kindOf(backup));
        }
    }
}

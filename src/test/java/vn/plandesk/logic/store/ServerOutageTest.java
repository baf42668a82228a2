package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.StoppableServer;

/** The office's server stops and starts again under an open store: refused in one line meanwhile, working again after. */
class ServerOutageTest {
    /** Generous for a loaded machine; the pool waits four seconds for a connection. */
    private static final long REFUSED_WITHIN_MILLIS = 30_000;

    @RegisterExtension
    static final StoppableServer server = new StoppableServer();

    private Store store;

    @BeforeEach
    void openStoreOnADatabaseOfItsOwn() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        server.start();
        store = Store.open(server.createDatabase());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aWriteWhileTheServerIsDownIsRefusedInOneLineAndTheSameStoreWritesOnceItIsBack() throws Exception {
        long id = store.plans().create(PlanGenerator.plan(10, 2));
        Plan seen = store.plans().load(id);
        Task task = seen.allTasks().get(0);

        server.stop();
        long start = System.nanoTime();
        StoreException refused = assertThrows(StoreException.class,
                () -> store.plans().updateTask(id, seen.version(), task.withCompletion(null, 60)));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(StoreException.Reason.UNREACHABLE, refused.reason());
        assertEquals(Messages.get("server.lost"), refused.getMessage());
        assertTrue(waited < REFUSED_WITHIN_MILLIS, "refused after " + waited + " ms");
        StoreException listing = StoreException.fromEngine(assertThrows(RuntimeException.class, () -> store.plans().list()));
        assertNotNull(listing, "a read while down is the store's failure too");
        assertEquals(Messages.get("server.lost"), listing.getMessage());

        server.start();
        Plan afterRestart = store.plans().load(id);
        assertEquals(seen.version(), afterRestart.version(), "the refused write stored nothing");
        assertEquals(task.percentDone(), afterRestart.allTasks().get(0).percentDone());
        long version = store.plans().updateTask(id, seen.version(), task.withCompletion(null, 60));
        Plan stored = store.plans().load(id);
        assertEquals(version, stored.version());
        assertEquals(60, stored.allTasks().get(0).percentDone());
    }

    @Test
    void inEnglishTheRefusalIsEnglish() {
        Messages.setLocale(Messages.ENGLISH);
        try {
            server.stop();
            StoreException refused = assertThrows(StoreException.class, () -> store.plans().create(PlanGenerator.plan(3, 1)));
            assertEquals(StoreException.Reason.UNREACHABLE, refused.reason());
            assertTrue(refused.getMessage().startsWith("The connection to the server is lost"), refused.getMessage());
            assertFalse(refused.getMessage().contains("SQL"), refused.getMessage());
        } finally {
            Messages.setLocale(Messages.VIETNAMESE);
        }
    }

    @Test
    void theHealthSaysWhenTheServerGoesAndWhenItIsBack() throws InterruptedException {
        BlockingQueue<Boolean> told = new LinkedBlockingQueue<>();
        store.health().listen(told::add);
        assertTrue(store.health().isReachable());

        server.stop();
        assertEquals(Boolean.FALSE, told.poll(REFUSED_WITHIN_MILLIS, TimeUnit.MILLISECONDS), "told the server is gone");
        assertFalse(store.health().isReachable());
        server.start();
        assertEquals(Boolean.TRUE, told.poll(REFUSED_WITHIN_MILLIS, TimeUnit.MILLISECONDS), "told the server is back");
        assertEquals(List.of(), List.copyOf(told), "told once each way");
    }
}

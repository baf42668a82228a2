package vn.plandesk.logic.store;

import java.nio.file.Path;
import vn.plandesk.testing.TestServer;

/** Every test of the office's calendar edits again, on a real PostgreSQL server ({@link TestServer}). */
class CalendarStoreOnServerTest extends CalendarStoreTest {
    @Override
    Store openStore(Path folder) throws StoreException {
        return TestServer.open(folder);
    }
}

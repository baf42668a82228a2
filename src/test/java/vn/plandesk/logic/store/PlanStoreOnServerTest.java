package vn.plandesk.logic.store;

import java.nio.file.Path;
import vn.plandesk.testing.TestServer;

/** Every test of the plan store again, on a real PostgreSQL server ({@link TestServer}). */
class PlanStoreOnServerTest extends PlanStoreTest {
    @Override
    Store openStore(Path folder) throws StoreException {
        return TestServer.open(folder);
    }
}

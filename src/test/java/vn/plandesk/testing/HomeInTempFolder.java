package vn.plandesk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.plandesk.logic.store.Store;

/**
 * Gives each test a home folder of its own, so that what PlanDesk keeps in the desk's data folder
 * while working on a server store (the copy made before a restore) stays out of the real user's.
 */
public final class HomeInTempFolder implements BeforeEachCallback, AfterEachCallback {
    private String realHome;
    private Path home;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        realHome = System.getProperty("user.home");
        home = Files.createTempDirectory("plandesk-home-");
        System.setProperty("user.home", home.toString());
        if (!Store.defaultLocation().startsWith(home)) {
            throw new IllegalStateException("XDG_DATA_HOME is set: the desk's data folder cannot be moved for the test");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        System.setProperty("user.home", realHome);
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The desk's data folder during the test. */
    public Path deskFolder() {
        return Store.defaultLocation();
    }
}

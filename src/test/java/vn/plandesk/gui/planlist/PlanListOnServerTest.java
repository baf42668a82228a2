package vn.plandesk.gui.planlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import vn.plandesk.gui.editor.EditorFixture;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.testing.TestServer;

/** The window's plan list on an office server: it says which server, and what one desk adds another desk lists. */
class PlanListOnServerTest {
    @TempDir
    Path folder;

    @Test
    void theStatusNamesTheServerAndTheSamplesOneDeskAddsAreInTheOtherDesksList() throws Exception {
        Messages.setLocale(Messages.VIETNAMESE);
        try (Store secretary = TestServer.open(folder); Store head = TestServer.open(folder)) {
            PlanListViewModel list = new PlanListViewModel(secretary.plans(), secretary.units(), secretary.location(),
                    new RecordingDialogService(), new StoreChanges(), EditorFixture.CLOCK, new ImmediateTaskExecutor());
            list.addSamples();
            assertEquals("Tệp dữ liệu: " + secretary.server().orElseThrow() + "   ·   2 kế hoạch", list.statusTextProperty().get());

            PlanListViewModel other = new PlanListViewModel(head.plans(), head.units(), head.location(),
                    new RecordingDialogService(), new StoreChanges(), EditorFixture.CLOCK, new ImmediateTaskExecutor());
            assertEquals(2, other.shownPlans().size());
            assertTrue(other.statusTextProperty().get().contains("postgresql://127.0.0.1:"), other.statusTextProperty().get());
        }
    }
}

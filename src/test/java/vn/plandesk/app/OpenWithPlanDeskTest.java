package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.importreview.ImportReviewViewModel;
import vn.plandesk.logic.store.StoreException;

/**
 * A document opened with PlanDesk from the desktop ("Mở bằng PlanDesk", a plan JSON double-clicked):
 * the path given on the command line opens the window with the document in the import review.
 */
@ExtendWith(ApplicationExtension.class)
class OpenWithPlanDeskTest {
    private static final String SAMPLE = "/vn/plandesk/samples/ke-hoach-de-an-doanh-nghiep-lang-son.json";

    @TempDir
    Path folder;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private WindowOnTestStage shown;
    private Stage stage;
    private PlanDeskWindow window;

    @Start
    void start(Stage stage) throws StoreException {
        this.stage = stage;
        shown = WindowOnTestStage.show(stage, folder, dialogs, empty -> { });
        window = shown.window;
    }

    @Stop
    void stop() throws Exception {
        shown.close();
    }

    @Test
    void aDocumentPathOnTheCommandLineOpensTheWindowNotACommand() {
        WindowOptions options = WindowOptions.parse(java.util.List.of("/home/vt/Tải về/Kế hoạch 25.DOCX")).orElseThrow();
        assertEquals(java.util.Optional.of(Path.of("/home/vt/Tải về/Kế hoạch 25.DOCX")), options.document());
        assertEquals(java.util.Optional.of(Path.of("kh.json")),
                WindowOptions.parse(java.util.List.of("--db", "/tmp/kho", "kh.json", "--lang=en")).orElseThrow().document());
        assertTrue(WindowOptions.parse(java.util.List.of("import", "kh.docx")).isEmpty(), "a command stays a command");
        assertTrue(WindowOptions.parse(java.util.List.of("a.docx", "b.docx")).isEmpty(), "one document at a time");
        assertTrue(WindowOptions.parse(java.util.List.of("plan.pdf")).isEmpty());
        assertTrue(WindowOptions.parse(java.util.List.of()).orElseThrow().document().isEmpty());
    }

    @Test
    void aPlanJsonOpensInTheImportReviewOverTheWindow() throws Exception {
        Path json = folder.resolve("kế hoạch.json");
        try (InputStream in = OpenWithPlanDeskTest.class.getResourceAsStream(SAMPLE)) {
            Files.copy(in, json);
        }
        AtomicReference<ImportReviewViewModel> review = new AtomicReference<>();

        FxToolkit.setupFixture(() -> review.set(window.review(json)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> review.get().stateProperty().get() != ImportReviewViewModel.State.READING);

        assertEquals(ImportReviewViewModel.State.READY, review.get().stateProperty().get(), "read: " + dialogs.shown());
        Stage reviewStage = Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().contains("kế hoạch.json"))
                .map(Stage.class::cast).findFirst().orElseThrow(() -> new AssertionError("no review window"));
        assertTrue(reviewStage.isShowing());
        assertEquals(stage, reviewStage.getOwner());
        assertTrue(dialogs.shown().isEmpty(), "no error: " + dialogs.shown());
    }
}

package vn.plandesk.gui;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The save chooser opens where the last export went without asking the file system on the JavaFX
 * thread; when that folder was removed since it was looked at, the chooser still opens. The headless
 * platform has no file chooser and says so (UnsupportedOperationException) once a chooser is really
 * asked of it: that is how the test sees the chooser reached, and not refused before it.
 */
class FxDialogServiceChooserTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private Throwable openingSaveChooserIn(Path start) throws Exception {
        DialogService.FileFilter word = new DialogService.FileFilter("Word", List.of("*.docx"));
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                new FxDialogService(null).chooseFileToSave("Lưu", word, start, "ke-hoach.docx");
                thrown.completeExceptionally(new AssertionError("the headless platform showed a file chooser"));
            } catch (RuntimeException e) {
                thrown.complete(e);
            }
        });
        return thrown.get(10, TimeUnit.SECONDS);
    }

    @Test
    void opensInTheFolderOfTheLastExport() throws Exception {
        assertInstanceOf(UnsupportedOperationException.class, openingSaveChooserIn(folder));
    }

    @Test
    void aFolderRemovedSinceStillOpensTheChooser() throws Exception {
        Throwable thrown = openingSaveChooserIn(folder.resolve("da-xoa"));
        assertInstanceOf(UnsupportedOperationException.class, thrown,
                () -> "the chooser was refused before it opened: " + thrown);
    }
}

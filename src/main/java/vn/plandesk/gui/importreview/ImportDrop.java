package vn.plandesk.gui.importreview;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Lets the user drop plan documents on a part of the window: Word (.docx, .doc), text (.txt),
 * MS Project (.xml) and plan (.json) files are taken, anything else is refused while dragging.
 * The target shows the {@code :import-drop} pseudo-class while acceptable files hover over it.
 */
public final class ImportDrop {
    private static final List<String> ACCEPTED = List.of(".docx", ".doc", ".txt", ".xml", ".json");
    private static final PseudoClass DROP = PseudoClass.getPseudoClass("import-drop");

    private ImportDrop() {
    }

    /** Calls {@code onFile} once for each acceptable file dropped on {@code target}. */
    public static void install(Node target, Consumer<Path> onFile) {
        // added as handlers, not set as the node's only ones, so other handlers on the window keep working
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getGestureSource() == null && !acceptedFiles(event.getDragboard()).isEmpty()) {
                event.acceptTransferModes(TransferMode.COPY);
                target.pseudoClassStateChanged(DROP, true);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, event -> target.pseudoClassStateChanged(DROP, false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            List<Path> files = acceptedFiles(event.getDragboard());
            target.pseudoClassStateChanged(DROP, false);
            event.setDropCompleted(!files.isEmpty());
            event.consume();
            // after the drop has finished, so the program the files came from is not kept waiting
            Platform.runLater(() -> files.forEach(onFile));
        });
    }

    /**
     * Whether a file's name says it is a kind the importer reads. Only the name: this runs on the JavaFX
     * thread for every move of a drag, and a file on a share may take seconds to answer. What the file is
     * (a folder, unreadable, not a plan) is found out when it is read, in the background.
     */
    public static boolean accepts(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return ACCEPTED.stream().anyMatch(lower::endsWith);
    }

    static List<Path> acceptedFiles(Dragboard board) {
        if (board == null || !board.hasFiles()) {
            return List.of();
        }
        return board.getFiles().stream().map(File::toPath).filter(ImportDrop::accepts).toList();
    }
}

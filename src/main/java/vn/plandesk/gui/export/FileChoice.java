package vn.plandesk.gui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import vn.plandesk.logic.export.ExportFormat;

/** Asks where to write an export: a system file chooser in the window, a fixed path in tests. */
@FunctionalInterface
public interface FileChoice {

    /**
     * The file the user chose, or empty when they closed the chooser. It opens in {@code folder}
     * with {@code suggestedName} filled in and shows only files of {@code format}.
     */
    Optional<Path> chooseTarget(Window owner, ExportFormat format, Path folder, String suggestedName);
}

package vn.plandesk.gui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.i18n.Messages;

/** The system's save dialog, filtered to the format's extension. */
public final class FxFileChoice implements FileChoice {

    @Override
    public Optional<Path> chooseTarget(Window owner, ExportFormat format, Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("exportDialog.chooserTitle"));
        String pattern = "*." + format.extension();
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(
                Messages.get("exportDialog.filterPattern", FormatNames.filterName(format), pattern), pattern);
        chooser.getExtensionFilters().add(filter);
        chooser.setSelectedExtensionFilter(filter);
        chooser.setInitialDirectory(folder.toFile());
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}

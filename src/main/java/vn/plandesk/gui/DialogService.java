package vn.plandesk.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.plandesk.logic.i18n.Messages;

/**
 * Every dialog a view asks for goes through here, so view models never create windows and tests
 * answer from a script (one scripted implementation serves every view). A view's own forms (a
 * unit, a deadline extension) live beside it; the questions every view asks live here.
 */
public interface DialogService {

    /** Which files a chooser shows: a description ("Văn bản kế hoạch") and patterns ("*.docx"). */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }
    }

    /** Tells the user something went wrong; {@code message} is a whole translated sentence. */
    void showError(String title, String message);

    void showInformation(String title, String header, String message);

    /**
     * Asks whether to go ahead; true only when the user chose {@code yes}. {@code details} (may be
     * null) is shown in a box the user can select and copy from; {@code header} may be null.
     */
    boolean confirm(String title, String header, String message, String details, String yes, String no);

    /** Asks whether to go ahead, with {@code yes} beside a cancel button. */
    default boolean confirm(String title, String header, String message, String yes) {
        return confirm(title, header, message, null, yes, Messages.get("dialog.cancel"));
    }

    /** The file the user chose to read, or empty when she closed the chooser. */
    Optional<Path> chooseFileToOpen(String title, FileFilter filter);

    /** Where to write, starting in {@code folder} with {@code suggestedName} filled in; empty when closed. */
    Optional<Path> chooseFileToSave(String title, FileFilter filter, Path folder, String suggestedName);

    /**
     * Asks for a day (typed dd/MM/yyyy or picked), offering {@code suggested}, until it is a date or
     * the user cancels (empty); {@code ok} names what the button does.
     */
    Optional<LocalDate> askDate(String title, String header, String label, LocalDate suggested, String ok);

    /** Asks for a line of text, starting with {@code initial}; empty when cancelled. */
    Optional<String> askText(String title, String header, String label, String initial);
}

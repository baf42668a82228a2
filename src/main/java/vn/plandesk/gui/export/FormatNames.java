package vn.plandesk.gui.export;

import java.util.Locale;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.i18n.Messages;

/** How the window names an export format, in the user's language. */
final class FormatNames {

    private FormatNames() {
    }

    /** "Văn bản Word (.docx)": the choice as the dialog lists it. */
    static String label(ExportFormat format) {
        return Messages.get("exportDialog.kind." + key(format));
    }

    /** "văn bản Word": the name the file chooser's filter and the messages show. */
    static String filterName(ExportFormat format) {
        return Messages.get("exportDialog.filter." + key(format));
    }

    private static String key(ExportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }
}

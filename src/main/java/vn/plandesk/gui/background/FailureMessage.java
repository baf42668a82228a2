package vn.plandesk.gui.background;

import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.ImportException;
import vn.plandesk.logic.store.StoreException;

/** The one sentence a failed background task shows the user; never a stack trace or raw SQL. */
public final class FailureMessage {

    private FailureMessage() {
    }

    /**
     * What the store or the importer said (already a whole sentence in the user's language), or,
     * for a failure nobody foresaw, a sentence naming only its kind.
     */
    public static String of(Throwable failure) {
        if (failure instanceof StoreException || failure instanceof ImportException) {
            return failure.getMessage();
        }
        return Messages.get("background.unexpected", failure.getClass().getSimpleName());
    }
}

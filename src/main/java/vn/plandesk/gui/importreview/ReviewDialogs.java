package vn.plandesk.gui.importreview;

import vn.plandesk.gui.DialogService;

/** The review's dialogs, on top of the shared ones, so tests can answer them. */
public interface ReviewDialogs extends DialogService {

    /** Asks whether to go ahead; true only when the user chose {@code confirmButton}. */
    boolean confirm(String title, String header, String message, String confirmButton);
}

package vn.plandesk.gui;

/**
 * Every dialog a view model asks for goes through here, so view models never create windows and
 * tests can record what would have been shown.
 */
public interface DialogService {

    /** Tells the user something went wrong; {@code message} is a whole translated sentence. */
    void showError(String title, String message);

    void showInformation(String title, String header, String message);
}

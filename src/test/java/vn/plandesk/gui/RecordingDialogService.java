package vn.plandesk.gui;

import java.util.ArrayList;
import java.util.List;

/** Keeps what would have been shown, so a test can see that a dialog was (or was not) asked for. */
public final class RecordingDialogService implements DialogService {
    private final List<String> shown = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        shown.add(title + ": " + header + ": " + message);
    }

    public List<String> shown() {
        return shown;
    }
}

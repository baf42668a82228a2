package vn.plandesk.gui.importreview;

import java.util.ArrayList;
import java.util.List;

/** The review's dialogs answered by the test: what would have been shown is kept, questions get {@link #answer}. */
final class ScriptedReviewDialogs implements ReviewDialogs {
    private final List<String> shown = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    boolean answer = true;

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        shown.add(title + ": " + header + ": " + message);
    }

    @Override
    public boolean confirm(String title, String header, String message, String confirmButton) {
        asked.add(message + " [" + confirmButton + "]");
        return answer;
    }

    List<String> shown() {
        return shown;
    }

    /** The questions asked, each "message [confirm button]". */
    List<String> asked() {
        return asked;
    }
}

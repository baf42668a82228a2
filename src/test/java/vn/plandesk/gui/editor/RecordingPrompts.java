package vn.plandesk.gui.editor;

import java.util.ArrayList;
import java.util.List;

/** Answers every question with a set answer and keeps what was asked. */
public final class RecordingPrompts implements Prompts {
    public record Asked(String title, String message, String details) {
    }

    private final List<Asked> asked = new ArrayList<>();
    private boolean answer = true;

    public void answer(boolean yes) {
        answer = yes;
    }

    @Override
    public boolean confirm(String title, String message, String details, String yes, String no) {
        asked.add(new Asked(title, message, details));
        return answer;
    }

    public List<Asked> asked() {
        return asked;
    }
}

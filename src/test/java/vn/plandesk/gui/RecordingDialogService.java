package vn.plandesk.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs of every view answered from a script, for tests without a screen: what would have
 * been shown is kept ({@link #shown()}), each question is kept ({@link #asked()}) and answered by
 * the answers queued for it, then by the standing answer; a file asked for and not queued, a
 * date or a text, is a chooser or form the user closed.
 */
public final class RecordingDialogService implements DialogService {
    /** A yes/no question as it was asked. */
    public record Asked(String title, String header, String message, String details, String yes) {
        /** "message [yes button]", the way tests compare questions. */
        @Override
        public String toString() {
            return message + " [" + yes + "]";
        }
    }

    private final List<String> shown = new ArrayList<>();
    private final List<Asked> asked = new ArrayList<>();
    private final List<String> choosers = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private boolean standingAnswer = true;

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        shown.add(title + ": " + header + ": " + message);
    }

    @Override
    public boolean confirm(String title, String header, String message, String details, String yes, String no) {
        asked.add(new Asked(title, header, message, details, yes));
        return answers.isEmpty() ? standingAnswer : answers.remove();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        choosers.add("open " + filter.patterns());
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileFilter filter, Path folder, String suggestedName) {
        choosers.add("save " + filter.patterns() + " " + folder + " " + suggestedName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<LocalDate> askDate(String title, String header, String label, LocalDate suggested, String ok) {
        asked.add(new Asked(title, header, label + " " + suggested, null, ok));
        return Optional.empty();
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial) {
        asked.add(new Asked(title, header, label + " " + initial, null, null));
        return Optional.empty();
    }

    /** Every question from now on that has no queued answer is answered {@code yes}. */
    public void answer(boolean yes) {
        standingAnswer = yes;
    }

    /** The next question is answered {@code yes} (true) or no, before the standing answer. */
    public void answerNext(boolean yes) {
        answers.add(yes);
    }

    /** The next file chooser gives {@code file}. */
    public void chooseNext(Path file) {
        files.add(file);
    }

    /** Errors and notices, each "title: message" ("title: header: message" for a notice). */
    public List<String> shown() {
        return shown;
    }

    public List<Asked> asked() {
        return asked;
    }

    /** Each file chooser opened: "open [patterns]" or "save [patterns] folder suggested-name". */
    public List<String> choosers() {
        return choosers;
    }
}

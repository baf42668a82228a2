package vn.plandesk.gui.followup;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Answers the follow-up dialogs from a script and keeps what was shown, for tests without a screen. */
final class ScriptedFollowUpDialogs implements FollowUpDialogs {
    final Deque<Optional<LocalDate>> completionDates = new ArrayDeque<>();
    final Deque<Optional<ExtensionRequest>> extensions = new ArrayDeque<>();
    final List<String> shown = new ArrayList<>();
    /** What the extension form would have shown under the field for the words typed, per request. */
    final List<String> readAs = new ArrayList<>();
    /** The report export and urging letters dialogs last opened, to be driven as a user would. */
    ReportExportViewModel reportExport;
    UrgingLettersViewModel urgingLetters;

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public Optional<LocalDate> askCompletionDate(String taskContent, LocalDate suggested) {
        shown.add("date? " + taskContent + " " + suggested);
        return completionDates.remove();
    }

    @Override
    public Optional<ExtensionRequest> askExtension(String taskContent, String deadlineInForce, LocalDate today,
                                                   Function<String, String> understood) {
        shown.add("extend? " + taskContent + " | " + deadlineInForce);
        Optional<ExtensionRequest> answer = extensions.remove();
        answer.ifPresent(r -> readAs.add(understood.apply(r.words())));
        return answer;
    }

    @Override
    public void openReportExport(ReportExportViewModel model) {
        reportExport = model;
    }

    @Override
    public void openUrgingLetters(UrgingLettersViewModel model) {
        urgingLetters = model;
    }
}

package vn.plandesk.gui.followup;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** The follow-up view's questions, and where its errors go, so tests can answer them. */
public interface FollowUpDialogs {

    /** What the extension form gives back: the new deadline as written, when it was granted, why. */
    record ExtensionRequest(String words, LocalDate grantedOn, String reason) {
    }

    /** Tells the user something went wrong; {@code message} is a whole translated sentence. */
    void showError(String title, String message);

    /** Asks on which day {@code taskContent} was done, offering {@code suggested}. */
    Optional<LocalDate> askCompletionDate(String taskContent, LocalDate suggested);

    /**
     * Asks for a new deadline for {@code taskContent}, whose deadline in force is {@code deadlineInForce}
     * (as shown in the list). {@code understood} turns typed words into what they are read as, shown
     * under the field while typing ("30/06/2026", or why the words cannot be used).
     */
    Optional<ExtensionRequest> askExtension(String taskContent, String deadlineInForce, LocalDate today,
                                            Function<String, String> understood);

    /** Opens the report export dialog over the window; it works on its own and does not block. */
    void openReportExport(ReportExportViewModel model);

    /** Opens the urging letters dialog over the window; it works on its own and does not block. */
    void openUrgingLetters(UrgingLettersViewModel model);
}

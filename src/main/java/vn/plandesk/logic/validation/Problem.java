package vn.plandesk.logic.validation;

/**
 * Something in a plan a secretary should look at. It never stops an edit: the words stay as typed
 * and the problem is shown next to them. {@code phaseId} and {@code taskId} say where (both null
 * for the header); {@code message} is a whole sentence in the user's language.
 */
public record Problem(Kind kind, Long phaseId, Long taskId, String message) {

    public enum Kind {
        /** The task's deadline falls outside the time span of its phase. */
        DEADLINE_OUTSIDE_PHASE,
        /** Nobody leads the task. */
        NO_LEAD_UNIT,
        /** The phase's words end before they start: "Từ ngày 15/4 đến ngày 01/4/2019". */
        PHASE_ENDS_BEFORE_START,
        /** The deadline words could not be read; they are kept as typed. */
        UNREADABLE_DEADLINE,
        /** Another plan of the same issuer and year has the same number and symbol. */
        DUPLICATE_NUMBER,
        /** The number and symbol does not follow Decree 30/2020/NĐ-CP. */
        NUMBER_FORMAT
    }

    /** Whether the problem belongs to the given task row. */
    public boolean isAboutTask(long id) {
        return taskId != null && taskId == id;
    }

    /** Whether the problem belongs to the given phase row itself (not to one of its tasks). */
    public boolean isAboutPhase(long id) {
        return taskId == null && phaseId != null && phaseId == id;
    }

    public boolean isAboutHeader() {
        return phaseId == null && taskId == null;
    }
}

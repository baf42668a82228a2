package vn.plandesk.logic.validation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import vn.plandesk.logic.i18n.Messages;

/**
 * Something in a plan a secretary should look at. It never stops an edit: the words stay as typed
 * and the problem is shown next to them. {@code phaseId} and {@code taskId} say where (both null
 * for the header); {@link #message()} is a whole sentence in the user's language, from
 * {@code messageKey} and its {@code arguments}.
 */
public record Problem(Kind kind, Long phaseId, Long taskId, String messageKey, List<Object> arguments) {

    public Problem {
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public Problem(Kind kind, Long phaseId, Long taskId, String messageKey, Object... arguments) {
        this(kind, phaseId, taskId, messageKey, Arrays.asList(arguments));
    }

    /**
     * The sentence, worded when asked for (a row's mark, the list under the tree): the checks run over the
     * whole plan after every edit, and a plan of 10,000 tasks may have thousands of problems, of which only
     * those on screen are read.
     */
    public String message() {
        return Messages.get(messageKey, arguments.toArray());
    }

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

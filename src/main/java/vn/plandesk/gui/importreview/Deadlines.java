package vn.plandesk.gui.importreview;

import java.time.LocalDate;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.model.TimeExpression;

/** What deadline words were understood as, in dates written dd/MM/yyyy, and what to check about them. */
final class Deadlines {
    private Deadlines() {
    }

    /** "26/11/2018", "01/04/2019 – 15/04/2019", "hằng tháng", "" for no words. */
    static String describe(TimeExpression time) {
        return switch (time.kind()) {
            case NONE -> "";
            case UNRESOLVED -> Messages.get("review.deadline.unresolved");
            case CONTINUOUS -> Messages.get("review.deadline.continuous");
            case RECURRING -> Messages.get("review.deadline.recurring." + time.recurrence().period().name().toLowerCase(java.util.Locale.ROOT));
            case OPEN -> time.start() == null ? Messages.get("review.deadline.unresolved")
                    : Messages.get("review.deadline.from", date(time.start()));
            default -> span(time.start(), time.end());
        };
    }

    private static String span(LocalDate start, LocalDate end) {
        if (end == null) {
            return start == null ? "" : date(start);
        }
        if (start == null || start.equals(end)) {
            return date(end);
        }
        return Messages.get("review.deadline.range", date(start), date(end));
    }

    static String date(LocalDate day) {
        return day == null ? "" : NumericDate.FORMAT.format(day);
    }

    /** Why deadline words need a look once re-read: not understood, a year taken from the plan, far too early. */
    static String remark(TimeExpression time, Integer planYear) {
        if (time.kind() == vn.plandesk.model.TimeKind.UNRESOLVED) {
            return Messages.get("finding.deadlineUnresolved", time.raw());
        }
        if (time.hasFlag(TimeExpression.Flag.FAR_BEFORE_PLAN)) {
            return Messages.get("finding.deadlineFarBefore", time.raw());
        }
        if (time.hasFlag(TimeExpression.Flag.YEAR_ASSUMED) && planYear != null) {
            return Messages.get("finding.yearAssumed", time.raw(), planYear);
        }
        return null;
    }
}

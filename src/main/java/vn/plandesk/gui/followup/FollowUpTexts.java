package vn.plandesk.gui.followup;

import java.time.LocalDate;
import vn.plandesk.logic.followup.FollowUpItem;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.model.TimeExpression;

/** How the follow-up view writes deadlines, days and states. */
public final class FollowUpTexts {
    private FollowUpTexts() {
    }

    public static String date(LocalDate day) {
        return day == null ? "" : NumericDate.FORMAT.format(day);
    }

    /** The words as written and the date they are read as: "Trước ngày 1/3/2026 (01/03/2026)". */
    public static String deadline(TimeExpression deadline) {
        if (deadline.due() == null) {
            return deadline.raw();
        }
        return Messages.get("followup.deadline", deadline.raw(), date(deadline.due()));
    }

    /** The deadline in force, and for an extended task the original too. */
    public static String deadlineInForce(FollowUpItem item) {
        String inForce = deadline(item.task().deadlineInForce());
        return item.isExtended()
                ? Messages.get("followup.deadline.extended", inForce, deadline(item.task().deadline()))
                : inForce;
    }

    /** "19 ngày" late, "còn 5 ngày", "hôm nay". */
    public static String days(FollowUpItem item) {
        if (item.isOverdue()) {
            return Messages.get("followup.days.late", item.daysLate());
        }
        return item.daysLeft() == 0 ? Messages.get("followup.days.today") : Messages.get("followup.days.left", item.daysLeft());
    }

    public static String status(FollowUpItem item) {
        String state = Messages.get(item.isOverdue() ? "followup.state.overdue" : "followup.state.dueSoon");
        return item.isExtended() ? Messages.get("followup.state.extended", state) : state;
    }

    public static String planNumber(FollowUpItem item) {
        String number = item.plan().numberAndSymbol();
        return number == null ? Messages.get("followup.plan.noNumber") : number;
    }
}

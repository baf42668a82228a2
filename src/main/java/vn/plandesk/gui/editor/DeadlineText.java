package vn.plandesk.gui.editor;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

/** How the tree writes dates, deadlines and unit lists. */
public final class DeadlineText {
    private DeadlineText() {
    }

    /**
     * The dates understood from the words, as shown next to them: "15/07/2024" for a due date,
     * "01/04/2019 – 15/04/2019" for a span, "từ 01/01/2024" for an open end; "" when there are none.
     */
    public static String understood(TimeExpression e) {
        if (e.kind() == TimeKind.UNRESOLVED || e.kind() == TimeKind.NONE || e.kind() == TimeKind.CONTINUOUS
                || e.kind() == TimeKind.RECURRING) {
            return "";
        }
        if (e.kind() == TimeKind.OPEN) {
            return e.start() == null ? "" : vn.plandesk.logic.i18n.Messages.get("deadline.openFrom", date(e.start()));
        }
        if (e.start() != null && e.end() != null && !e.start().equals(e.end()) && e.kind() != TimeKind.BEFORE
                && e.kind() != TimeKind.BY) {
            return date(e.start()) + " – " + date(e.end());
        }
        return e.end() == null ? "" : date(e.end());
    }

    public static String date(LocalDate d) {
        return d == null ? "" : NumericDate.FORMAT.format(d);
    }

    /** Unit names as one line: "Sở Tài chính; Sở Nội vụ". */
    public static String units(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).collect(Collectors.joining("; "));
    }
}

package vn.plandesk.logic.followup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

/** Hand-made plans whose tasks are in every follow-up state, for the follow-up tests. */
public final class FollowUpPlans {
    public static final String FINANCE = "Sở Tài chính";
    public static final String HOME_AFFAIRS = "Sở Nội vụ";
    public static final String JUSTICE = "Sở Tư pháp";

    private FollowUpPlans() {
    }

    public static Plan plan(long id, String number, LocalDate issuedOn, Task... tasks) {
        return new Plan(id, 1, DocumentType.KE_HOACH, number, "UBND TỈNH LẠNG SƠN", "Ủy ban nhân dân tỉnh Lạng Sơn", "Lạng Sơn",
                issuedOn, "Kế hoạch số " + number, List.of(), List.of(),
                List.of(Phase.of("Nhiệm vụ", TimeExpression.none(), Arrays.asList(tasks))), null, List.of(),
                PlanStatus.ISSUED, "test", null, List.of(), List.of());
    }

    public static Task task(long id, String content, LocalDate due, LocalDate completedOn, String... leads) {
        return task(id, content, before(due), completedOn, leads);
    }

    public static Task task(long id, String content, TimeExpression deadline, LocalDate completedOn, String... leads) {
        List<UnitRef> lead = Arrays.stream(leads).map(UnitRef::named).toList();
        return new Task(id, null, content, deadline, null, null, lead, List.of(), completedOn == null ? 0 : 100, completedOn, null,
                List.of());
    }

    public static Task extended(Task task, LocalDate newDue, LocalDate grantedOn) {
        return task.withExtension(new Extension(before(newDue), grantedOn, "Chờ ý kiến các sở"));
    }

    public static TimeExpression before(LocalDate due) {
        return TimeExpression.of("Trước ngày " + due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + due.getYear(),
                TimeKind.BEFORE, null, due);
    }

    public static TimeExpression continuous() {
        return new TimeExpression("Thường xuyên", TimeKind.CONTINUOUS, null, null, null, null);
    }

    public static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}

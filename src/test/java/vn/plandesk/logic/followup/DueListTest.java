package vn.plandesk.logic.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.JUSTICE;
import static vn.plandesk.logic.followup.FollowUpPlans.continuous;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.extended;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Plan;
import vn.plandesk.model.TaskStatus;

/** The list of tasks to urge on 20/03/2026, seven days ahead: overdue and due-soon tasks grouped by lead unit. */
class DueListTest {
    private static final LocalDate TODAY = day(2026, 3, 20);

    private final List<Plan> plans = List.of(
            plan(1, "15/KH-UBND", day(2025, 12, 1),
                    task(1, "Đã xong", day(2026, 2, 10), day(2026, 2, 5), FINANCE),
                    task(2, "Chưa tới hạn", day(2026, 6, 30), null, HOME_AFFAIRS),
                    task(3, "Hai đơn vị chủ trì, quá hạn 19 ngày", day(2026, 3, 1), null, HOME_AFFAIRS, FINANCE),
                    extended(task(4, "Gia hạn nên chưa quá hạn", day(2026, 3, 1), null, JUSTICE), day(2026, 4, 30), day(2026, 2, 20)),
                    extended(task(5, "Gia hạn tới 25/03, sắp đến hạn", day(2026, 3, 1), null, JUSTICE), day(2026, 3, 25), day(2026, 2, 20)),
                    task(6, "Thường xuyên", continuous(), null, JUSTICE)),
            plan(2, "40/KH-UBND", day(2026, 2, 1),
                    task(7, "Còn 5 ngày", day(2026, 3, 25), null, FINANCE),
                    task(8, "Còn 8 ngày", day(2026, 3, 28), null, FINANCE),
                    task(9, "Chưa giao, quá hạn 1 ngày", day(2026, 3, 19), null),
                    task(10, "Hạn hôm nay", day(2026, 3, 20), null, FINANCE),
                    task(11, "Quá hạn 40 ngày", day(2026, 2, 8), null, FINANCE)));

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void groupsByLeadUnitTheVietnameseWayWithTheUnassignedLast() {
        DueList list = DueList.build(plans, TODAY, 7);

        assertEquals(List.of(HOME_AFFAIRS, FINANCE, JUSTICE, "Chưa giao đơn vị chủ trì"),
                list.groups().stream().map(UnitGroup::name).toList());
        assertEquals(List.of("Quá hạn 40 ngày", "Hai đơn vị chủ trì, quá hạn 19 ngày", "Hạn hôm nay", "Còn 5 ngày"),
                contents(list.groups().get(1)), "overdue first, the latest first, then the soonest due");
        assertEquals(List.of("Hai đơn vị chủ trì, quá hạn 19 ngày"), contents(list.groups().get(0)));
        assertEquals(List.of("Gia hạn tới 25/03, sắp đến hạn"), contents(list.groups().get(2)), "extended tasks count against the new deadline");
        assertEquals(List.of("Chưa giao, quá hạn 1 ngày"), contents(list.groups().get(3)));
    }

    @Test
    void countsEachTaskOnceWithItsDaysLateOrLeft() {
        DueList list = DueList.build(plans, TODAY, 7);

        assertEquals(3, list.overdueTasks());
        assertEquals(3, list.dueSoonTasks());
        assertEquals(6, list.items().size());
        FollowUpItem late = list.groups().get(1).items().get(0);
        assertEquals(TaskStatus.NOT_DONE_OVERDUE, late.status());
        assertEquals(40, late.daysLate());
        assertEquals("40/KH-UBND", late.plan().numberAndSymbol());
        FollowUpItem soon = list.groups().get(1).items().get(3);
        assertEquals(TaskStatus.DUE_SOON, soon.status());
        assertEquals(0, soon.daysLate());
        assertEquals(5, soon.daysLeft());
        FollowUpItem extended = list.groups().get(2).items().get(0);
        assertTrue(extended.isExtended());
        assertEquals(day(2026, 3, 25), extended.due());
    }

    @Test
    void moreDaysAheadListMoreTasksAndZeroOnlyTheOverdueAndToday() {
        assertEquals(4, DueList.build(plans, TODAY, 8).dueSoonTasks(), "28/03 is eight days ahead");
        DueList todayOnly = DueList.build(plans, TODAY, 0);
        assertEquals(1, todayOnly.dueSoonTasks(), "due today");
        assertEquals(3, todayOnly.overdueTasks());
    }

    private static List<String> contents(UnitGroup group) {
        return group.items().stream().map(i -> i.task().content()).toList();
    }
}

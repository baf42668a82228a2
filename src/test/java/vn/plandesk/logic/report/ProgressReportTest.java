package vn.plandesk.logic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.JUSTICE;
import static vn.plandesk.logic.followup.FollowUpPlans.continuous;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.extended;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.followup.StateCounts;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Plan;

/** The Q1/2026 report over hand-made tasks: its lists, its scopes, and what it refuses. */
class ProgressReportTest {
    private static final ReportPeriod Q1 = ReportPeriod.quarter(2026, 1, ReportPeriod.DEFAULT_CUT_OFF_DAY);

    private final List<Plan> plans = List.of(
            plan(1, "15/KH-UBND", day(2025, 12, 1),
                    task(1, "Đúng hạn", day(2026, 2, 10), day(2026, 2, 5), FINANCE),
                    task(2, "Quá hạn mới xong", day(2026, 1, 31), day(2026, 2, 3), FINANCE),
                    task(3, "Hai đơn vị chủ trì, quá hạn", day(2026, 3, 1), null, HOME_AFFAIRS, FINANCE),
                    extended(task(4, "Gia hạn rồi vẫn quá hạn", day(2026, 1, 20), null, JUSTICE), day(2026, 2, 20), day(2026, 1, 15)),
                    task(5, "Thường xuyên", continuous(), null, JUSTICE)),
            plan(2, "20/KH-UBND", day(2026, 1, 10),
                    task(6, "Chưa tới hạn", day(2026, 6, 30), null, HOME_AFFAIRS),
                    task(7, "Quá hạn lâu", day(2026, 1, 5), null, FINANCE)));

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void listsOverdueTasksLatestFirstWithTheOriginalDeadlineOfAnExtendedOne() throws Exception {
        ProgressReport report = ProgressReport.build(plans, Q1, ReportScope.ALL, day(2026, 4, 1));

        assertEquals(day(2026, 3, 14), report.asOf());
        assertEquals(List.of("Quá hạn lâu", "Gia hạn rồi vẫn quá hạn", "Hai đơn vị chủ trì, quá hạn"),
                report.overdue().stream().map(o -> o.task().content()).toList());
        ProgressReport.OverdueTask extension = report.overdue().get(1);
        assertEquals(day(2026, 2, 20), extension.due());
        assertEquals(day(2026, 1, 20), extension.originalDue());
        assertEquals(22, extension.daysLate());
        assertNull(report.overdue().get(0).originalDue());
        assertEquals(List.of("Thường xuyên"), report.undated().stream().map(u -> u.task().content()).toList());
        assertEquals(new StateCounts(1, 1, 1, 3, 1), report.total());
        assertTrue(report.countsSharedTasksPerUnit(), "the task with two lead units counts in both rows");
        assertEquals(2L, report.sender().id(), "written as the latest plan");
    }

    @Test
    void aUnitScopeKeepsTheUnitsRowAndOnlyItsTasks() throws Exception {
        ProgressReport report = ProgressReport.build(plans, Q1, new ReportScope(null, "tai chinh"), day(2026, 4, 1));

        assertEquals(FINANCE, report.unitName());
        assertEquals(1, report.rows().size());
        assertEquals(new StateCounts(1, 1, 0, 2, 0), report.total());
        assertEquals(List.of("Quá hạn lâu", "Hai đơn vị chủ trì, quá hạn"), report.overdue().stream().map(o -> o.task().content()).toList());
    }

    @Test
    void aPlanScopeCountsThatPlanOnly() throws Exception {
        ProgressReport report = ProgressReport.build(plans, Q1, new ReportScope(2L, null), day(2026, 4, 1));

        assertEquals(2L, report.plan().id());
        assertEquals(new StateCounts(0, 0, 1, 1, 0), report.total());
    }

    @Test
    void anUnknownPlanOrUnitAndAnAmbiguousNameAreRefusedInOneSentence() {
        ReportRefusal plan = assertThrows(ReportRefusal.class, () -> ProgressReport.build(plans, Q1, new ReportScope(9L, null), day(2026, 4, 1)));
        assertEquals("Không có kế hoạch số 9 trong kho.", plan.getMessage());
        ReportRefusal unit = assertThrows(ReportRefusal.class,
                () -> ProgressReport.build(plans, Q1, new ReportScope(null, "Sở Y tế"), day(2026, 4, 1)));
        assertEquals("Không có đơn vị chủ trì nào tên \"Sở Y tế\" trong báo cáo kỳ này.", unit.getMessage());
        ReportRefusal ambiguous = assertThrows(ReportRefusal.class,
                () -> ProgressReport.build(plans, Q1, new ReportScope(null, "so"), day(2026, 4, 1)));
        assertTrue(ambiguous.getMessage().startsWith("Có 3 đơn vị khớp với \"so\""), ambiguous.getMessage());
    }

    @Test
    void periodsAreReadAsTheCommandLineWritesThem() throws Exception {
        assertEquals(ReportPeriod.quarter(2026, 4, 15), PeriodText.parse("2026-Q4", 15));
        assertEquals(ReportPeriod.month(2026, 11, 15), PeriodText.parse("2026-11", 15));
        assertEquals(ReportPeriod.halfYear(2026, 2, 1), PeriodText.parse("2026-h2", 1));
        assertEquals(ReportPeriod.wholeYear(2026, 15), PeriodText.parse(" 2026 ", 15));
        assertEquals(day(2025, 12, 15), PeriodText.parse("2026", 15).from());
        for (String bad : List.of("2026-13", "2026-Q5", "Q4", "2026-H3", "")) {
            assertThrows(ReportRefusal.class, () -> PeriodText.parse(bad, 15), bad);
        }
        ReportRefusal cutOff = assertThrows(ReportRefusal.class, () -> PeriodText.parse("2026", 31));
        assertEquals("Ngày chốt số liệu phải từ 1 đến 28, không phải 31.", cutOff.getMessage());
    }
}

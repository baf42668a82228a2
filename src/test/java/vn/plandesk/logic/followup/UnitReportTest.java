package vn.plandesk.logic.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Plan;

/** The Q1/2026 report (15/12/2025 – 14/03/2026) over tasks in every state, counted as of its cut-off day. */
class UnitReportTest {
    private static final ReportPeriod Q1 = ReportPeriod.quarter(2026, 1, ReportPeriod.DEFAULT_CUT_OFF_DAY);

    private final List<Plan> plans = List.of(
            plan(1, "15/KH-UBND", day(2025, 12, 1),
                    task(1, "A: đúng hạn", day(2026, 2, 10), day(2026, 2, 5), FINANCE),
                    task(2, "B: quá hạn mới xong", day(2026, 1, 31), day(2026, 2, 3), FINANCE),
                    task(3, "C: chưa tới hạn", day(2026, 6, 30), null, HOME_AFFAIRS),
                    task(4, "D: hai đơn vị chủ trì, quá hạn", day(2026, 3, 1), null, HOME_AFFAIRS, FINANCE),
                    extended(task(5, "E: gia hạn, trong hạn", day(2026, 2, 28), null, JUSTICE), day(2026, 4, 30), day(2026, 2, 20)),
                    task(6, "F: thường xuyên", continuous(), null, JUSTICE),
                    task(7, "G: chưa giao, xong sau ngày chốt", day(2026, 3, 10), day(2026, 3, 18)),
                    task(8, "H: xong trước kỳ", day(2025, 12, 10), day(2025, 12, 10), FINANCE),
                    extended(task(9, "I: gia hạn sau ngày chốt", day(2026, 3, 5), null, JUSTICE), day(2026, 5, 31), day(2026, 3, 16))),
            plan(2, "40/KH-UBND", day(2026, 4, 1), task(10, "J: kế hoạch ban hành sau kỳ", day(2026, 3, 1), null, FINANCE)));

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void countsEveryStateAsOfTheCutOffDay() {
        UnitReport report = UnitReport.build(plans, Q1, day(2026, 3, 20));

        assertEquals(day(2026, 3, 14), report.asOf());
        StateCounts all = report.allUnits();
        assertEquals(new StateCounts(1, 1, 2, 3, 1), all, "A | B | C, E | D, G, I | F");
        assertEquals(8, all.total());
        assertEquals(5, all.fallenDue());
        assertEquals("20,00%", all.shareDoneOnTimeText());
        assertEquals("40,00%", all.shareDoneText());
    }

    @Test
    void countsPerLeadUnitWithTheUnassignedLast() {
        UnitReport report = UnitReport.build(plans, Q1, day(2026, 3, 20));

        assertEquals(List.of(HOME_AFFAIRS, FINANCE, JUSTICE, "Chưa giao đơn vị chủ trì"),
                report.rows().stream().map(UnitReport.Row::name).toList());
        assertEquals(new StateCounts(0, 0, 1, 1, 0), report.rows().get(0).counts(), "C, D");
        assertEquals(new StateCounts(1, 1, 0, 1, 0), report.rows().get(1).counts(), "A, B, D (D has two lead units)");
        assertEquals(new StateCounts(0, 0, 1, 1, 1), report.rows().get(2).counts(), "E, I, F");
        assertEquals(new StateCounts(0, 0, 0, 1, 0), report.rows().get(3).counts(), "G");
        assertEquals("33,33%", report.rows().get(1).counts().shareDoneOnTimeText(), "A on time among A, B, D");
        assertEquals("0,00%", report.rows().get(0).counts().shareDoneOnTimeText(), "D has fallen due and is not done");
    }

    @Test
    void aRunningPeriodIsCountedAsOfToday() {
        UnitReport report = UnitReport.build(plans, Q1, day(2026, 3, 5));

        assertEquals(day(2026, 3, 5), report.asOf());
        // On 05/03: D (01/03) overdue; G (10/03) and I (05/03, not yet past) within deadline.
        assertEquals(new StateCounts(1, 1, 4, 1, 1), report.allUnits());
    }

    @Test
    void theNextQuarterLeavesOutWhatWasDoneBeforeIt() {
        UnitReport report = UnitReport.build(plans, ReportPeriod.quarter(2026, 2, 15), day(2026, 7, 1));

        assertEquals(day(2026, 6, 14), report.asOf());
        // A, B and H were done before 15/03; G was done on 18/03, late; C (30/06) is within its deadline;
        // D, E (30/04), I (31/05) and J, whose plan is now issued, are overdue.
        assertEquals(new StateCounts(0, 1, 1, 4, 1), report.allUnits());
    }
}

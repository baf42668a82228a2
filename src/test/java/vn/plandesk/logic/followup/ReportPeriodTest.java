package vn.plandesk.logic.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.plandesk.logic.followup.FollowUpPlans.day;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.i18n.Messages;

/** Periods cut at Decree 09's day 15 by default, at another day when the office chooses, or calendar periods at day 1. */
class ReportPeriodTest {

    @AfterEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void theFirstQuarterOf2026RunsFromMidDecemberToMidMarch() {
        ReportPeriod q1 = ReportPeriod.quarter(2026, 1, ReportPeriod.DEFAULT_CUT_OFF_DAY);
        assertEquals(day(2025, 12, 15), q1.from());
        assertEquals(day(2026, 3, 14), q1.to());
        assertEquals("Quý I/2026", q1.name());
        assertEquals("15/12/2025 – 14/03/2026", q1.daysText());
    }

    @Test
    void monthsHalvesAndYearsAreCutTheSameWay() {
        assertPeriod(ReportPeriod.month(2026, 1, 15), day(2025, 12, 15), day(2026, 1, 14), "Tháng 1/2026");
        assertPeriod(ReportPeriod.month(2026, 3, 15), day(2026, 2, 15), day(2026, 3, 14), "Tháng 3/2026");
        assertPeriod(ReportPeriod.halfYear(2026, 1, 15), day(2025, 12, 15), day(2026, 6, 14), "6 tháng đầu năm 2026");
        assertPeriod(ReportPeriod.halfYear(2026, 2, 15), day(2026, 6, 15), day(2026, 12, 14), "6 tháng cuối năm 2026");
        assertPeriod(ReportPeriod.wholeYear(2026, 15), day(2025, 12, 15), day(2026, 12, 14), "Năm 2026");
        assertPeriod(ReportPeriod.quarter(2026, 4, 15), day(2026, 9, 15), day(2026, 12, 14), "Quý IV/2026");
    }

    @Test
    void anotherCutOffDayOrCalendarPeriods() {
        assertPeriod(ReportPeriod.quarter(2026, 2, 20), day(2026, 3, 20), day(2026, 6, 19), "Quý II/2026");
        assertPeriod(ReportPeriod.quarter(2026, 1, 1), day(2026, 1, 1), day(2026, 3, 31), "Quý I/2026");
        assertPeriod(ReportPeriod.month(2024, 2, 1), day(2024, 2, 1), day(2024, 2, 29), "Tháng 2/2024");
        assertPeriod(ReportPeriod.custom(day(2026, 1, 5), day(2026, 2, 4)), day(2026, 1, 5), day(2026, 2, 4),
                "Từ 05/01/2026 đến 04/02/2026");
    }

    @Test
    void findsThePeriodADayFallsIn() {
        assertEquals(ReportPeriod.quarter(2026, 2, 15), ReportPeriod.containing(ReportPeriod.Kind.QUARTER, day(2026, 3, 20), 15));
        assertEquals(ReportPeriod.quarter(2026, 1, 15), ReportPeriod.containing(ReportPeriod.Kind.QUARTER, day(2026, 3, 14), 15));
        // 20/12/2025 is already in the 2026 reporting year.
        assertEquals(ReportPeriod.month(2026, 1, 15), ReportPeriod.containing(ReportPeriod.Kind.MONTH, day(2025, 12, 20), 15));
    }

    @Test
    void refusesPeriodsThatDoNotExist() {
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.quarter(2026, 5, 15));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.month(2026, 1, 29), "not every month has a 29th");
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.custom(day(2026, 2, 1), day(2026, 1, 1)));
    }

    @Test
    void namesInEnglish() {
        Messages.setLocale(Messages.ENGLISH);
        assertEquals("Q1 2026", ReportPeriod.quarter(2026, 1, 15).name());
        assertEquals("First half of 2026", ReportPeriod.halfYear(2026, 1, 15).name());
    }

    private static void assertPeriod(ReportPeriod period, java.time.LocalDate from, java.time.LocalDate to, String name) {
        assertEquals(from, period.from(), period.name());
        assertEquals(to, period.to(), period.name());
        assertEquals(name, period.name());
    }
}

package vn.plandesk.logic.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {
    private final WorkCalendar standard = WorkCalendar.standard();

    @Test
    void tetIsTheLastDayOfTheOldYearAndTheFirstFourOfTheNew() {
        assertEquals(List.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)), WorkCalendar.defaultTetDays(2026));
        for (LocalDate day : WorkCalendar.defaultTetDays(2026)) {
            assertEquals(Holiday.TET, standard.holidayOn(day).orElseThrow());
        }
    }

    @Test
    void everyStatutoryHolidayOf2025IsThere() {
        Map<LocalDate, Holiday> days = standard.holidays(2025);
        assertEquals(Holiday.NEW_YEAR, days.get(LocalDate.of(2025, 1, 1)));
        assertEquals(Holiday.HUNG_KINGS, days.get(LocalDate.of(2025, 4, 7)));
        assertEquals(Holiday.REUNIFICATION, days.get(LocalDate.of(2025, 4, 30)));
        assertEquals(Holiday.LABOUR_DAY, days.get(LocalDate.of(2025, 5, 1)));
        assertEquals(Holiday.NATIONAL_DAY, days.get(LocalDate.of(2025, 9, 2)));
        // 2 September 2025 is a Tuesday: the Monday before joins the weekend, as the Government decided.
        assertEquals(Holiday.NATIONAL_DAY, days.get(LocalDate.of(2025, 9, 1)));
        assertEquals(DayKind.WORKING_DAY, standard.kindOf(LocalDate.of(2025, 9, 3)));
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
        // 30 April 2022 was a Saturday, 1 May a Sunday: Monday 2 and Tuesday 3 May were nghỉ bù.
        assertEquals(Holiday.COMPENSATORY, standard.holidayOn(LocalDate.of(2022, 5, 2)).orElseThrow());
        assertEquals(Holiday.COMPENSATORY, standard.holidayOn(LocalDate.of(2022, 5, 3)).orElseThrow());
        assertEquals(DayKind.WORKING_DAY, standard.kindOf(LocalDate.of(2022, 5, 4)));
        // 2 September 2023 a Saturday with 1 September: the Monday after is off.
        assertEquals(Holiday.COMPENSATORY, standard.holidayOn(LocalDate.of(2023, 9, 4)).orElseThrow());
    }

    @Test
    void weekendsAreDaysOffAndOrdinaryDaysAreNot() {
        assertEquals(DayKind.WEEKEND, standard.kindOf(LocalDate.of(2026, 3, 7)));
        assertEquals(DayKind.WORKING_DAY, standard.kindOf(LocalDate.of(2026, 3, 9)));
        assertTrue(standard.isDayOff(LocalDate.of(2026, 3, 8)));
        assertFalse(standard.isDayOff(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void theOfficeEditsTheDaysTheGovernmentAnnounces() {
        // Tết 2025 as announced: 25 January to 2 February, with no day moved into the week after.
        LocalDate defaultFifthDay = LocalDate.of(2025, 2, 1);
        WorkCalendar office = WorkCalendar.withEdits(List.of(
                new CalendarEdit(LocalDate.of(2025, 1, 27), CalendarEdit.Kind.DAY_OFF, "Thông báo nghỉ Tết"),
                new CalendarEdit(LocalDate.of(2025, 2, 3), CalendarEdit.Kind.NOT_A_HOLIDAY, null),
                new CalendarEdit(LocalDate.of(2025, 2, 8), CalendarEdit.Kind.WORKING_DAY, "Làm bù")));
        assertEquals(Holiday.OFFICE_DAY_OFF, office.holidayOn(LocalDate.of(2025, 1, 27)).orElseThrow());
        assertEquals(DayKind.HOLIDAY, office.kindOf(defaultFifthDay));
        assertEquals(DayKind.WORKING_DAY, office.kindOf(LocalDate.of(2025, 2, 3)));
        assertEquals(DayKind.SWAPPED_WORKING_DAY, office.kindOf(LocalDate.of(2025, 2, 8)));
        assertFalse(office.isDayOff(LocalDate.of(2025, 2, 8)));
        assertEquals(DayKind.HOLIDAY, standard.kindOf(LocalDate.of(2025, 2, 3)), "the default calendar is unchanged");
    }

    @Test
    void removingAHolidayRemovesItsCompensatoryDayToo() {
        WorkCalendar office = WorkCalendar.withEdits(List.of(
                new CalendarEdit(LocalDate.of(2022, 4, 30), CalendarEdit.Kind.NOT_A_HOLIDAY, null)));
        assertEquals(Holiday.COMPENSATORY, office.holidayOn(LocalDate.of(2022, 5, 2)).orElseThrow());
        assertEquals(DayKind.WORKING_DAY, office.kindOf(LocalDate.of(2022, 5, 3)));
    }
}

package vn.plandesk.logic.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LunarCalendarTest {

    /** The reference table of shared/reference/vn-calendar.md. */
    @ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
    @CsvSource({
        "2019, 2019-02-05, 2019-04-14",
        "2020, 2020-01-25, 2020-04-02",
        "2021, 2021-02-12, 2021-04-21",
        "2022, 2022-02-01, 2022-04-10",
        "2023, 2023-01-22, 2023-04-29",
        "2024, 2024-02-10, 2024-04-18",
        "2025, 2025-01-29, 2025-04-07",
        "2026, 2026-02-17, 2026-04-26",
        "2027, 2027-02-06, 2027-04-16",
        "2030, 2030-02-02, 2030-04-12",
    })
    void tetAndHungKingsDayMatchThePublishedVietnameseDates(int year, LocalDate tet, LocalDate hungKings) {
        assertEquals(tet, LunarCalendar.tet(year));
        assertEquals(hungKings, WorkCalendar.hungKingsDay(year));
        assertEquals(LunarDate.of(1, 1, year), LunarCalendar.toLunar(tet));
        assertEquals(LunarDate.of(10, 3, year), LunarCalendar.toLunar(hungKings));
    }

    @Test
    void tet2030IsComputedForVietnamNotForChina() {
        // The new moon of 2 February 2030 falls before midnight at UTC+7 and after it at UTC+8.
        assertEquals(LocalDate.of(2030, 2, 2), LunarCalendar.tet(2030));
        assertEquals(new LunarDate(29, 12, 2029, false), LunarCalendar.toLunar(LocalDate.of(2030, 2, 1)));
    }

    @Test
    void lunarNewYearAlwaysFallsBetween21JanuaryAnd20February() {
        MonthDay earliest = MonthDay.of(1, 21);
        MonthDay latest = MonthDay.of(2, 20);
        for (int year = 1900; year <= 2100; year++) {
            LocalDate tet = LunarCalendar.tet(year);
            MonthDay day = MonthDay.from(tet);
            assertEquals(year, tet.getYear());
            assertTrue(!day.isBefore(earliest) && !day.isAfter(latest), year + ": Tết on " + tet);
            assertEquals(LunarDate.of(1, 1, year), LunarCalendar.toLunar(tet));
            assertEquals(12, LunarCalendar.toLunar(tet.minusDays(1)).month(), year + ": the eve is in month 12");
        }
    }

    @Test
    void everyDayConvertsToLunarAndBack() {
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(d);
            assertEquals(d, LunarCalendar.toSolar(lunar), () -> "round trip of " + lunar);
        }
    }

    @Test
    void leapMonthOf2023IsTheSecondMonthRepeated() {
        // Năm Quý Mão 2023 had a leap second month (tháng 2 nhuận) starting 20 March 2023.
        assertEquals(new LunarDate(1, 2, 2023, true), LunarCalendar.toLunar(LocalDate.of(2023, 3, 22)));
        assertEquals(LocalDate.of(2023, 3, 22), LunarCalendar.toSolar(new LunarDate(1, 2, 2023, true)));
        assertEquals(LocalDate.of(2023, 2, 20), LunarCalendar.toSolar(LunarDate.of(1, 2, 2023)));
    }
}

package vn.plandesk.logic.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vietnamese office calendar: Saturdays and Sundays off, the public holidays of Labor Code 2019
 * Article 112 (lunar ones computed for every year), a compensatory day (nghỉ bù) on the next working
 * day for a holiday on a weekend, and the office's own edits of a year. Immutable and thread-safe;
 * a year is worked out once, when first asked.
 *
 * <p>Default rules where the Government decides each year: Tết is the last day of the old lunar year
 * and the first four of the new; the day joined to Quốc khánh is 3 September when 2 September is a
 * Sunday, Monday or Thursday (so the days off join a weekend), otherwise 1 September. An office whose
 * year differs records the announced days as {@link CalendarEdit}s.
 */
public final class WorkCalendar {
    private final Map<LocalDate, CalendarEdit> edits;
    private final Map<Integer, Map<LocalDate, Holiday>> years = new ConcurrentHashMap<>();

    private WorkCalendar(Collection<CalendarEdit> edits) {
        Map<LocalDate, CalendarEdit> byDay = new TreeMap<>();
        edits.forEach(e -> byDay.put(e.day(), e));
        this.edits = Map.copyOf(byDay);
    }

    /** The calendar by the default rules. */
    public static WorkCalendar standard() {
        return new WorkCalendar(List.of());
    }

    /** The calendar with an office's edits; a later edit of the same day wins. */
    public static WorkCalendar withEdits(Collection<CalendarEdit> edits) {
        return new WorkCalendar(edits);
    }

    public Collection<CalendarEdit> edits() {
        return edits.values();
    }

    public DayKind kindOf(LocalDate day) {
        if (holidayOn(day).isPresent()) {
            return DayKind.HOLIDAY;
        }
        CalendarEdit edit = edits.get(day);
        boolean weekend = isWeekend(day);
        if (weekend && edit != null && edit.kind() == CalendarEdit.Kind.WORKING_DAY) {
            return DayKind.SWAPPED_WORKING_DAY;
        }
        return weekend ? DayKind.WEEKEND : DayKind.WORKING_DAY;
    }

    public boolean isDayOff(LocalDate day) {
        return kindOf(day).isDayOff();
    }

    /** The holiday a day is, after the office's edits. */
    public Optional<Holiday> holidayOn(LocalDate day) {
        return Optional.ofNullable(holidays(day.getYear()).get(day));
    }

    /** Every holiday of a year with the office's edits applied, in date order. */
    public Map<LocalDate, Holiday> holidays(int year) {
        return years.computeIfAbsent(year, this::workOut);
    }

    /** The five default days of Tết that lie in a solar year's Tết season (lunar year = solar year). */
    public static List<LocalDate> defaultTetDays(int year) {
        LocalDate firstDay = LunarCalendar.tet(year);
        List<LocalDate> days = new ArrayList<>();
        for (int i = -1; i <= 3; i++) {
            days.add(firstDay.plusDays(i));
        }
        return days;
    }

    /** Giỗ Tổ Hùng Vương: lunar 10/3 of the year. */
    public static LocalDate hungKingsDay(int year) {
        return LunarCalendar.toSolar(LunarDate.of(10, 3, year));
    }

    /** The day joined to 2 September by the default rule. */
    public static LocalDate nationalDayCompanion(int year) {
        LocalDate second = LocalDate.of(year, Month.SEPTEMBER, 2);
        DayOfWeek dow = second.getDayOfWeek();
        boolean after = dow == DayOfWeek.SUNDAY || dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY;
        return after ? second.plusDays(1) : second.minusDays(1);
    }

    private Map<LocalDate, Holiday> workOut(int year) {
        // Tết of the next lunar year can start on 31 December at the earliest: look one year around.
        TreeMap<LocalDate, Holiday> statutory = new TreeMap<>();
        for (int y = year - 1; y <= year + 1; y++) {
            statutory.put(LocalDate.of(y, 1, 1), Holiday.NEW_YEAR);
            defaultTetDays(y).forEach(d -> statutory.put(d, Holiday.TET));
            statutory.put(hungKingsDay(y), Holiday.HUNG_KINGS);
            statutory.put(LocalDate.of(y, 4, 30), Holiday.REUNIFICATION);
            statutory.put(LocalDate.of(y, 5, 1), Holiday.LABOUR_DAY);
            statutory.put(LocalDate.of(y, 9, 2), Holiday.NATIONAL_DAY);
            statutory.put(nationalDayCompanion(y), Holiday.NATIONAL_DAY);
        }
        statutory.keySet().removeIf(d -> edited(d, CalendarEdit.Kind.NOT_A_HOLIDAY));

        TreeMap<LocalDate, Holiday> days = new TreeMap<>(statutory);
        for (Map.Entry<LocalDate, Holiday> holiday : statutory.entrySet()) {
            if (isWeekend(holiday.getKey())) {
                LocalDate next = holiday.getKey().plusDays(1);
                while (isWeekend(next) || days.containsKey(next)) {
                    next = next.plusDays(1);
                }
                days.put(next, Holiday.COMPENSATORY);
            }
        }
        days.keySet().removeIf(d -> edited(d, CalendarEdit.Kind.NOT_A_HOLIDAY) || edited(d, CalendarEdit.Kind.WORKING_DAY));
        edits.values().stream().filter(e -> e.kind() == CalendarEdit.Kind.DAY_OFF)
                .forEach(e -> days.putIfAbsent(e.day(), Holiday.OFFICE_DAY_OFF));
        days.keySet().removeIf(d -> d.getYear() != year);
        return java.util.Collections.unmodifiableMap(days);
    }

    private boolean edited(LocalDate day, CalendarEdit.Kind kind) {
        CalendarEdit edit = edits.get(day);
        return edit != null && edit.kind() == kind;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}

package vn.plandesk.logic.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import vn.plandesk.logic.i18n.Messages;

/** A unit of the time scale: where its cells start and how they are labelled, long and short. */
public enum TimeUnit {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** The start of the cell holding {@code day}. */
    public LocalDate floor(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
        };
    }

    /** The start of the next cell. */
    public LocalDate next(LocalDate cellStart) {
        return switch (this) {
            case DAY -> cellStart.plusDays(1);
            case WEEK -> cellStart.plusWeeks(1);
            case MONTH -> cellStart.plusMonths(1);
            case QUARTER -> cellStart.plusMonths(3);
            case YEAR -> cellStart.plusYears(1);
        };
    }

    public String label(LocalDate cellStart, boolean shortForm) {
        return switch (this) {
            case DAY -> format("scale.dayPattern", cellStart);
            case WEEK -> format(shortForm ? "scale.weekShortPattern" : "scale.weekPattern", cellStart);
            case MONTH -> format(shortForm ? "scale.monthShortPattern" : "scale.monthPattern", cellStart);
            case QUARTER -> {
                int quarter = (cellStart.getMonthValue() - 1) / 3;
                yield Messages.get(shortForm ? "scale.quarterShort" : "scale.quarter", ROMAN[quarter], quarter + 1);
            }
            case YEAR -> Messages.get("scale.year", cellStart.getYear());
        };
    }

    private static String format(String patternKey, LocalDate day) {
        return DateTimeFormatter.ofPattern(Messages.get(patternKey), Messages.locale()).format(day);
    }
}

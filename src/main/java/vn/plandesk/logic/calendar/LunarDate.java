package vn.plandesk.logic.calendar;

/**
 * A date of the Vietnamese lunar calendar: day 1-30, month 1-12, the lunar year (the solar year in
 * which its first month begins) and whether the month is the leap (nhuận) repeat of its number.
 */
public record LunarDate(int day, int month, int year, boolean leapMonth) {

    public LunarDate {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new IllegalArgumentException("not a lunar date: " + day + "/" + month + "/" + year);
        }
    }

    public static LunarDate of(int day, int month, int year) {
        return new LunarDate(day, month, year, false);
    }
}

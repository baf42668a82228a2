package vn.plandesk.logic.export;

import java.time.LocalDate;

/**
 * Dates as an administrative document writes them (Decree 30/2020/NĐ-CP): "ngày 25 tháng 02 năm 2019".
 * Days below 10 and the months 1 and 2 get a leading zero, other months do not ("tháng 7"), so that
 * nobody can add a digit in front of them. A blank date leaves room for the clerk to write it in.
 */
public final class VietnameseDates {
    /** The room left for a day or month the clerk fills in by hand. */
    public static final String BLANK = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";

    private VietnameseDates() {
    }

    /** "ngày 25 tháng 02 năm 2019"; with {@code blankDayAndMonth} "ngày      tháng      năm 2019". */
    public static String words(LocalDate date, boolean blankDayAndMonth) {
        if (date == null) {
            return "ngày " + BLANK + " tháng " + BLANK + " năm " + BLANK;
        }
        if (blankDayAndMonth) {
            return "ngày " + BLANK + " tháng " + BLANK + " năm " + date.getYear();
        }
        return "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
    }

    /** The place-and-date line: "Bắc Giang, ngày 25 tháng 02 năm 2019" (no place: the date alone). */
    public static String placeAndDate(String place, LocalDate date, boolean blankDayAndMonth) {
        String words = words(date, blankDayAndMonth);
        return place == null ? capitalised(words) : place + ", " + words;
    }

    static String day(LocalDate date) {
        return String.format("%02d", date.getDayOfMonth());
    }

    static String month(LocalDate date) {
        int m = date.getMonthValue();
        return m <= 2 ? String.format("%02d", m) : String.valueOf(m);
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package vn.plandesk.logic.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

/**
 * Regex fragments for the pieces a time phrase is built from (a day, a month, a span of months, a
 * quarter, a year) over {@link FoldedText}, and readers that turn a match into a {@link Piece}.
 * Each fragment takes a prefix for its group names, so one pattern can hold two pieces
 * ("từ ngày 01/4 đến ngày 15/4/2019"). Day and month are always D/M.
 */
final class DatePieces {

    /** Between day, month and year: "26/11/2018", "26-11-2018", "26.11.2018", "26 / 11 / 2018". */
    static final String SEP = " ?[/.-] ?";
    /** Between two months or quarters of one span: "9-10", "9 đến 10", "II và III". */
    private static final String SPAN_JOIN = " ?(?:-|den|toi|va|,) ?";
    private static final String ROMAN_OR_DIGIT = "iv|i{1,3}|[1-4]";

    private DatePieces() {
    }

    /** A span of time read from words, whose year may be missing ({@code year} null). */
    record Piece(Integer year, IntFunction<DateSpan> spanInYear) {
        /** The span in the given year, or null when it does not exist there (31/2). */
        DateSpan in(int year) {
            return spanInYear.apply(year);
        }
    }

    record DateSpan(LocalDate start, LocalDate end) {
    }

    /**
     * An optional year after a day or month: "/2019", "-2019", " năm 2019". A 2-digit year is not a
     * year, and then no date must be read at all ("26/11/18" is not 26 November).
     */
    private static String yearTail(String p) {
        return "(?:(?:" + SEP + "| nam ?)(?<" + p + "Y>\\d{4})(?!\\d)|(?!" + SEP + "\\d|\\d))";
    }

    /** "05/7/2024", "05 tháng 7 năm 2024", "01/4" (no "ngày"). */
    static String day(String p) {
        return "(?<" + p + "D>\\d{1,2})(?:" + SEP + "| thang ?)(?<" + p + "M>\\d{1,2})" + yearTail(p);
    }

    /** "tháng 4/2019", "tháng 01 năm 2026", "tháng 7". */
    static String month(String p) {
        return "thang ?(?<" + p + "M>\\d{1,2})" + yearTail(p);
    }

    /** "tháng 9-10/2018", "tháng 9 đến tháng 10/2018". */
    static String monthSpan(String p) {
        return "thang ?(?<" + p + "M>\\d{1,2})" + SPAN_JOIN + "(?:thang ?)?(?<" + p + "N>\\d{1,2})" + yearTail(p);
    }

    /** "quý I/2026", "quý 1 năm 2026", "quý II-III/2026". */
    static String quarter(String p) {
        return "quy ?(?<" + p + "Q>" + ROMAN_OR_DIGIT + ")(?:" + SPAN_JOIN + "(?:quy ?)?(?<" + p + "R>"
                + ROMAN_OR_DIGIT + "))?(?![a-z])" + yearTail(p);
    }

    /** "năm 2026". */
    static String year(String p) {
        return "nam ?(?<" + p + "Y>\\d{4})(?!\\d)";
    }

    /** Any one of the pieces above, as the ends of a range: "từ <point> đến <point>". */
    static String point(String p) {
        return "(?:(?:ngay ?)?" + day(p + "d") + "|" + month(p + "m") + "|" + quarter(p + "q") + "|" + year(p + "y") + ")";
    }

    static Piece readDay(Matcher m, String p) {
        int day = number(m, p + "D");
        int month = number(m, p + "M");
        return new Piece(optionalNumber(m, p + "Y"), y -> {
            LocalDate date = dateOrNull(y, month, day);
            return date == null ? null : new DateSpan(date, date);
        });
    }

    static Piece readMonth(Matcher m, String p) {
        int month = number(m, p + "M");
        return new Piece(optionalNumber(m, p + "Y"), y -> months(y, month, month));
    }

    static Piece readMonthSpan(Matcher m, String p) {
        int first = number(m, p + "M");
        int last = number(m, p + "N");
        return new Piece(optionalNumber(m, p + "Y"), y -> months(y, first, last));
    }

    static Piece readQuarter(Matcher m, String p) {
        int first = quarterNumber(m.group(p + "Q"));
        int last = m.group(p + "R") == null ? first : quarterNumber(m.group(p + "R"));
        return new Piece(optionalNumber(m, p + "Y"), y -> months(y, first * 3 - 2, last * 3));
    }

    static Piece readYear(Matcher m, String p) {
        return wholeYear(number(m, p + "Y"));
    }

    static Piece wholeYear(int year) {
        return new Piece(year, y -> months(y, 1, 12));
    }

    static Piece readPoint(Matcher m, String p) {
        if (m.group(p + "dD") != null) {
            return readDay(m, p + "d");
        }
        if (m.group(p + "mM") != null) {
            return readMonth(m, p + "m");
        }
        if (m.group(p + "qQ") != null) {
            return readQuarter(m, p + "q");
        }
        return readYear(m, p + "y");
    }

    /** First day of {@code first} to last day of {@code last}; null for months that do not exist. */
    static DateSpan months(int year, int first, int last) {
        if (first < 1 || last > 12 || first > last) {
            return null;
        }
        return new DateSpan(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth());
    }

    /** A calendar date, or null for "31/2" or "45/13" instead of an exception. */
    static LocalDate dateOrNull(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    static Integer optionalNumber(Matcher m, String group) {
        String digits = m.group(group);
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static int quarterNumber(String written) {
        return switch (written) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4; // "iv" or "4": the pattern admits nothing else
        };
    }
}

package vn.plandesk.logic.time;

import static vn.plandesk.logic.time.DatePieces.SEP;
import static vn.plandesk.logic.time.DatePieces.day;
import static vn.plandesk.logic.time.DatePieces.month;
import static vn.plandesk.logic.time.DatePieces.monthSpan;
import static vn.plandesk.logic.time.DatePieces.point;
import static vn.plandesk.logic.time.DatePieces.quarter;
import static vn.plandesk.logic.time.DatePieces.year;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import vn.plandesk.logic.time.DatePieces.Piece;
import vn.plandesk.model.Recurrence;
import vn.plandesk.model.Recurrence.Period;
import vn.plandesk.model.TimeExpression.Flag;
import vn.plandesk.model.TimeKind;

/**
 * Every way of writing time the parser knows (shared/reference/time-expressions.md), as patterns
 * over folded text: lower case, no diacritics ("tháng" is "thang", "hằng"/"hàng" are both "hang").
 * For a whole phrase the first rule that matches all of it decides; in running text the longest
 * match wins, so the order here only matters between rules that match the very same words.
 */
final class TimeRules {

    /** "năm" followed by an optional year: "cuối năm", "cuối năm 2026", "cuối năm nay". */
    private static final String OPTIONAL_YEAR = "(?: ?(?<y>\\d{4})(?!\\d)| nay)?";
    private static final String IN = "(?:(?:trong|vao) )?";
    /** "một lần", "/lần": "6 tháng một lần" is a period, "6 tháng" alone is a duration. */
    private static final String ONCE = "(?: (?:mot|1) lan| ?/ ?lan)";
    /** A span of years, "2024 - 2026"; {@link #FIRST_YEARS} also admits one year, "2024". */
    private static final String YEAR_SPAN = "(?<from>\\d{4}) ?- ?(?<to>\\d{4})(?!\\d)";
    private static final String FIRST_YEARS = "(?<from>\\d{4})(?: ?- ?(?<to>\\d{4}))?(?!\\d)";
    /**
     * "từ", "kể từ", "bắt đầu từ". Folded, "tư" and "TU" are "tu" too: not after the words "tư" ends
     * near a date ("đầu tư năm 2026", "vật tư", "thứ tư"), nor as the end of a document number
     * ("Chỉ thị 05-CT/TU ngày ...", Tỉnh ủy).
     */
    private static final String FROM = "(?<!dau |vat |thu |[/-]|[/-] )(?:(?:ke|bat dau) )?tu ";

    static final List<Rule> ALL = List.of(
            // "trước ngày 20 hằng tháng", "trước ngày 15/12 hằng năm"
            Rule.of("(?:(?:truoc|cham nhat(?: la)?|vao|den) )?ngay ?(?<rd>\\d{1,2})(?:(?:" + SEP
                    + "| thang ?)(?<rm>\\d{1,2}))? (?:cua )?(?:hang|moi) (?<per>thang|quy|nam)", TimeRules::recurringOnDay),
            // "hằng năm, trước ngày 15/12"
            Rule.of("(?:dinh ky,? )?(?:hang|moi) (?<per>thang|quy|nam),? (?:truoc|cham nhat(?: la)?|vao) ngay ?(?<rd>\\d{1,2})"
                    + "(?:(?:" + SEP + "| thang ?)(?<rm>\\d{1,2}))?", TimeRules::recurringOnDay),
            // "hằng tháng", "định kỳ hằng quý", "hàng năm", "định kỳ tháng"
            Rule.of("(?:dinh ky,? (?:(?:hang|moi) )?|(?:hang|moi) )(?<per>thang|quy|nam)", TimeRules::recurring),
            // "định kỳ 6 tháng", "6 tháng một lần"
            Rule.of("(?:dinh ky |(?=\\d{1,2} thang" + ONCE + "))(?<n>\\d{1,2}) thang(?:" + ONCE + ")?",
                    TimeRules::everyMonths),
            Rule.of("(?:lien tuc,? (?:va )?)?thuong xuyen(?:,? (?:va )?lien tuc)?", TimeRules::continuous),
            // "năm 2024 và các năm tiếp theo", "từ năm 2024 trở đi", "2024 trở đi", "giai đoạn 2024-2026 và những năm sau"
            Rule.of("(?:" + FROM + ")?(?:(?:giai doan|nam) ?)?" + FIRST_YEARS + "(?: tro di|,? (?:va )?(?:cac|nhung) nam (?:tiep theo|sau|tiep sau))",
                    TimeRules::open),
            // "từ ngày 01/7/2025", "từ 01/7/2025", "kể từ tháng 3/2026", "từ quý II/2026": a start and no end.
            // A day needs "ngày" or its year ("từ 3-5 ngày" is a count); "từ ... đến nay" is the past.
            Rule.of(FROM + "(?=ngay|thang|quy|nam|\\d{1,2}" + SEP + "\\d{1,2}" + SEP + "\\d{4})" + point("a") + "(?! (?:den|toi) nay)",
                    (m, c) -> Reading.from(DatePieces.readPoint(m, "a"), c)),
            // "từ ngày 01/4 đến ngày 15/4/2019", "từ ngày 25/12/2026 đến hết ngày 28/12/2026", "từ tháng 3 đến tháng 5/2019"
            Rule.of("(?:giai doan )?(?:ke )?tu " + point("a") + "(?: (?:den|toi) | ?- ?)(?:het )?" + point("b"),
                    (m, c) -> Reading.range(DatePieces.readPoint(m, "a"), DatePieces.readPoint(m, "b"), c)),
            // "đến năm 2025", "đến hết tháng 12/2026", "kể từ ngày Kế hoạch được ban hành đến hết tháng 12/2026"
            Rule.of("(?:(?:ke )?tu ngay [a-z ]{1,40}?ban hanh,? |tu nay )?(?:den|toi) (?:het )?" + point("b"),
                    (m, c) -> Reading.sinceIssue(DatePieces.readPoint(m, "b"), c)),
            // "giai đoạn 2026 - 2030", "các năm 2024-2025", "xuyên suốt 2024 - 2027", and written bare, "(2024 - 2025)"
            Rule.of("(?:(?:xuyen )?suot )?(?:(?:giai doan|(?:cac )?nam) ?)?" + YEAR_SPAN, TimeRules::years),
            Rule.of(IN + monthSpan("s"), (m, c) -> Reading.whole(TimeKind.RANGE, DatePieces.readMonthSpan(m, "s"), c)),
            Rule.of(IN + "(?<part>dau|giua|cuoi) " + month("m"), TimeRules::partOfMonth),
            // "Kỳ họp tháng 7/2019", "kỳ họp HĐND tỉnh tháng 7/2019": the month of a meeting the plan schedules
            Rule.of("(?:ky|phien) hop(?: [a-z0-9.]+){0,6}? " + month("m"),
                    (m, c) -> flagged(Reading.whole(TimeKind.MONTH, DatePieces.readMonth(m, "m"), c), Flag.TIED_TO_EVENT)),
            Rule.of(IN + month("m"), (m, c) -> Reading.whole(TimeKind.MONTH, DatePieces.readMonth(m, "m"), c)),
            Rule.of(IN + quarter("q"), (m, c) -> Reading.whole(TimeKind.QUARTER, DatePieces.readQuarter(m, "q"), c)),
            // "6 tháng đầu năm 2026", "9 tháng đầu năm", "nửa cuối năm"
            Rule.of("(?:(?<n>\\d{1,2}) thang|nua) (?<part>dau|cuoi) nam" + OPTIONAL_YEAR, TimeRules::monthsOfYear),
            // "đầu năm 2026" (Q1), "cuối năm", "những tháng cuối năm" (Q4)
            Rule.of(IN + "(?:nhung thang )?(?<part>dau|cuoi) nam" + OPTIONAL_YEAR, TimeRules::quarterOfYear),
            // "ngay từ đầu năm": work starts on 1 January; no due date is said
            Rule.of("(?:ngay )?tu dau nam" + OPTIONAL_YEAR, TimeRules::fromStartOfYear),
            Rule.of("(?:(?:trong|vao|ca|suot) )?" + year(""),
                    (m, c) -> Reading.whole(TimeKind.YEAR, DatePieces.readYear(m, ""), c)),
            Rule.of("truoc (?:ngay ?)?" + day("d"), (m, c) -> Reading.until(TimeKind.BEFORE, DatePieces.readDay(m, "d"), c)),
            // "chậm nhất ngày 22/01/2026", "chậm nhất là ngày ...", "chậm nhất trong tháng 6/2019"
            Rule.of("(?:cham|muon) nhat(?: la)?(?: vao| trong)?:? " + point("b"),
                    (m, c) -> Reading.until(TimeKind.BY, DatePieces.readPoint(m, "b"), c)),
            // "hạn ... ngày ...": "thời hạn: ngày 30/6/2019", "hạn hoàn thành ngày 30/6/2019"; not "hạn chế"
            Rule.of("(?:thoi )?han(?! che)(?: [a-z]+){0,3}?:? (?:la )?(?:ngay ?)?" + day("d"),
                    (m, c) -> Reading.until(TimeKind.BY, DatePieces.readDay(m, "d"), c)),
            Rule.of(IN + "ngay ?" + day("d"), (m, c) -> Reading.whole(TimeKind.DAY, DatePieces.readDay(m, "d"), c)),
            // a bare date, as in a table cell: "26-11-2018"; only with its year, "1/2" may be anything
            Rule.of("(?=\\d{1,2}" + SEP + "\\d{1,2}" + SEP + "\\d{4}(?!\\d))" + day("d"),
                    (m, c) -> Reading.whole(TimeKind.DAY, DatePieces.readDay(m, "d"), c)));

    private TimeRules() {
    }

    private static Reading recurringOnDay(Matcher m, PlanContext context) {
        Period period = period(m.group("per"));
        int day = DatePieces.number(m, "rd");
        Integer month = DatePieces.optionalNumber(m, "rm");
        if (month != null && period != Period.YEARLY) {
            return null; // "ngày 15/12 hằng tháng" names no rule
        }
        boolean exists = month == null ? day >= 1 && day <= 31 : DatePieces.dateOrNull(2024, month, day) != null; // 2024: leap, so 29/2 exists
        return exists ? Reading.recurring(new Recurrence(period, day, month)) : null;
    }

    private static Reading recurring(Matcher m, PlanContext context) {
        return Reading.recurring(Recurrence.every(period(m.group("per"))));
    }

    private static Reading everyMonths(Matcher m, PlanContext context) {
        Period period = switch (DatePieces.number(m, "n")) {
            case 1 -> Period.MONTHLY;
            case 3 -> Period.QUARTERLY;
            case 6 -> Period.HALF_YEARLY;
            case 12 -> Period.YEARLY;
            default -> null;
        };
        return period == null ? null : Reading.recurring(Recurrence.every(period));
    }

    private static Period period(String word) {
        return switch (word) {
            case "thang" -> Period.MONTHLY;
            case "quy" -> Period.QUARTERLY;
            default -> Period.YEARLY;
        };
    }

    /**
     * Ongoing work runs through the plan's whole period but is never late: no dates at all, so no
     * export, timeline or follow-up list can take a year's end for its due date.
     */
    private static Reading continuous(Matcher m, PlanContext context) {
        return Reading.of(TimeKind.CONTINUOUS, null, null, Set.of());
    }

    /** From the first year on, whether one year or a span is written before "và các năm tiếp theo". */
    private static Reading open(Matcher m, PlanContext context) {
        int first = DatePieces.number(m, "from");
        Integer last = DatePieces.optionalNumber(m, "to");
        return last != null && last < first ? null : Reading.from(DatePieces.wholeYear(first), context);
    }

    /** A span of years: 01/01 of the first to 31/12 of the last. */
    private static Reading years(Matcher m, PlanContext context) {
        Piece from = DatePieces.wholeYear(DatePieces.number(m, "from"));
        Piece to = DatePieces.wholeYear(DatePieces.number(m, "to"));
        return Reading.range(from, to, context);
    }

    /** Đầu / giữa / cuối tháng: days 1-10, 11-20, 21 to the month's last day. */
    private static Reading partOfMonth(Matcher m, PlanContext context) {
        Reading month = Reading.whole(TimeKind.PART_OF_MONTH, DatePieces.readMonth(m, "m"), context);
        if (month == null) {
            return null;
        }
        LocalDate first = month.start();
        return switch (m.group("part")) {
            case "dau" -> Reading.of(TimeKind.PART_OF_MONTH, first, first.withDayOfMonth(10), month.flags());
            case "giua" -> Reading.of(TimeKind.PART_OF_MONTH, first.withDayOfMonth(11), first.withDayOfMonth(20), month.flags());
            default -> Reading.of(TimeKind.PART_OF_MONTH, first.withDayOfMonth(21), month.end(), month.flags());
        };
    }

    /** "N tháng đầu năm" is January to month N; "N tháng cuối năm" the last N months; "nửa" is 6. */
    private static Reading monthsOfYear(Matcher m, PlanContext context) {
        int count = m.group("n") == null ? 6 : DatePieces.number(m, "n");
        if (count < 1 || count > 12) {
            return null;
        }
        boolean first = m.group("part").equals("dau");
        return partOfYear(m, context, first ? 1 : 13 - count, first ? count : 12);
    }

    private static Reading quarterOfYear(Matcher m, PlanContext context) {
        return m.group("part").equals("dau") ? partOfYear(m, context, 1, 3) : partOfYear(m, context, 10, 12);
    }

    private static Reading fromStartOfYear(Matcher m, PlanContext context) {
        Reading year = partOfYear(m, context, 1, 12);
        return year == null ? null : Reading.of(TimeKind.PART_OF_YEAR, year.start(), null, year.flags());
    }

    private static Reading partOfYear(Matcher m, PlanContext context, int firstMonth, int lastMonth) {
        Piece months = new Piece(DatePieces.optionalNumber(m, "y"), y -> DatePieces.months(y, firstMonth, lastMonth));
        return Reading.whole(TimeKind.PART_OF_YEAR, months, context);
    }

    private static Reading flagged(Reading reading, Flag flag) {
        return reading == null ? null : reading.withFlag(flag);
    }
}

package vn.plandesk.logic.importer.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.logic.time.TimeExpressionParser;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;

/**
 * The time phrases of a piece of text that set when something of the plan happens. The parser
 * already drops citations and comparisons; this drops what ANNOTATION-RULES.md also leaves out:
 * programme periods ("giai đoạn 2026 - 2030") and horizons ("đến năm 2025") named in a sentence,
 * years that belong to a name ("Báo cáo công tác năm 2025"), spans begun in years past ("từ năm
 * 2020, ...") and undated recurring words ("định kỳ hằng quý"). A text that is nothing but a period
 * (a heading "2. Giai đoạn 2026 - 2030", a label's value) gives the time its work runs in.
 */
final class Deadlines {

    /** A time phrase of a piece of text: offsets relative to that text. */
    record Phrase(int start, int end, TimeExpression expression) {
    }

    private static final Pattern PERIOD = Pattern.compile("^(?:giai doan|den nam|tam nhin|thoi ky|nhiem ky|trong giai doan|den het nam \\d{4} va)\\b");
    /** Words right before a bare year that make it a time for the work: "trong năm 2026", "Thời gian: năm 2026". */
    private static final Pattern YEAR_INTRO = Pattern.compile("(?:trong|vao|hoan thanh|thuc hien|trien khai|thoi gian|tien do|xong|:|^|-|\\()\\s*$");

    /** What may stand around a phrase that is a text's whole content: list markers, brackets, punctuation. */
    private static final Pattern MARKER_ONLY = Pattern.compile("^[\\p{P}\\p{S}\\s]*(?:(?:\\d+|[ivxlc]+|[a-z])[.)][\\p{P}\\p{S}\\s]*)*$");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("^[\\p{P}\\p{S}\\s]*$");
    /** A span of years written bare in a sentence, "(2026 - 2027)": a time only after words that make it one. */
    private static final Pattern BARE_YEAR_SPAN = Pattern.compile("^\\d{4}\\s*-");

    /** A year or a span of years written alone, as table time cells do: "2026", "Năm 2025 - 2030". */
    private static final Pattern BARE_YEARS = Pattern.compile("^(?:nam )?(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?$");

    private final TimeExpressionParser parser = new TimeExpressionParser();
    private final LocalDate issuedOn;
    private final Integer year;

    Deadlines(LocalDate issuedOn, Integer year) {
        this.issuedOn = issuedOn;
        this.year = year;
    }

    Integer year() {
        return year;
    }

    /** Every time phrase of {@code text} that is a time of the plan's work, in text order. */
    List<Phrase> find(String text) {
        List<Phrase> kept = new ArrayList<>();
        for (TimeExpressionParser.Found found : parser.findAll(text, issuedOn, year)) {
            TimeExpression e = found.expression();
            if (e.kind() == TimeKind.RECURRING && e.end() == null || e.kind() == TimeKind.UNRESOLVED || e.kind() == TimeKind.NONE
                    || e.kind() == TimeKind.OPEN && beganInPastYears(e)) {
                continue;
            }
            String key = VietnameseText.searchKey(e.raw());
            boolean bareYear = e.kind() == TimeKind.YEAR && !key.startsWith("trong") && !key.startsWith("vao")
                    || e.kind() == TimeKind.RANGE && BARE_YEAR_SPAN.matcher(key).find();
            boolean wanted = bareYear ? hasYearIntro(text, found.start()) : !PERIOD.matcher(key).find();
            if (wanted || isWholeText(text, found)) {
                kept.add(new Phrase(found.start(), found.end(), e));
            }
        }
        return kept;
    }

    /**
     * Whether the words give a date, so that they belong in the plan's list of deadlines: an open
     * span has its start; "thường xuyên", "hằng quý" and unread words have none.
     */
    static boolean isDated(TimeExpression e) {
        return e.start() != null || e.end() != null;
    }

    private boolean beganInPastYears(TimeExpression e) {
        return issuedOn != null && e.start().getYear() < issuedOn.getYear();
    }

    private static boolean hasYearIntro(String text, int start) {
        return YEAR_INTRO.matcher(VietnameseText.searchKey(text.substring(Math.max(0, start - 25), start))).find();
    }

    private static boolean isWholeText(String text, TimeExpressionParser.Found found) {
        return MARKER_ONLY.matcher(VietnameseText.searchKey(text.substring(0, found.start()))).matches()
                && PUNCTUATION_ONLY.matcher(text.substring(found.end())).matches();
    }

    /**
     * The time a table's time cell sets for its task: every dated phrase of the cell (a span of
     * years written bare, "2026 - 2030", included: in that column it is when the task runs), and the
     * words that give the task its time: the last dated phrase (the final milestone), or else the
     * cell's undated time words ("Thường xuyên", "Hằng năm") or the cell as written.
     */
    Cell inCell(String text) {
        String cell = text.strip().replaceAll("[.;,]+$", "").strip();
        if (cell.isEmpty()) {
            return new Cell(List.of(), TimeExpression.none());
        }
        if (BARE_YEARS.matcher(VietnameseText.searchKey(cell)).matches()) {
            TimeExpression e = parser.parse("năm " + cell.replaceFirst("^\\p{L}+\\s+", ""), issuedOn, year);
            if (e.end() != null) {
                TimeExpression asWritten = new TimeExpression(cell, e.kind(), e.start(), e.end(), e.recurrence(), e.flags());
                return new Cell(List.of(new Phrase(0, cell.length(), asWritten)), asWritten);
            }
        }
        List<TimeExpressionParser.Found> found = parser.findAll(cell, issuedOn, year);
        List<Phrase> dated = new ArrayList<>();
        for (TimeExpressionParser.Found f : found) {
            if (f.expression().kind().hasDueDate()) {
                dated.add(new Phrase(f.start(), f.end(), f.expression()));
            }
        }
        if (!dated.isEmpty()) {
            return new Cell(dated, dated.get(dated.size() - 1).expression());
        }
        if (!found.isEmpty()) {
            // undated time words: the phrase runs from the first to the last of them
            TimeExpression first = found.get(0).expression();
            String words = cell.substring(found.get(0).start(), found.get(found.size() - 1).end());
            return new Cell(List.of(), new TimeExpression(words, first.kind(), first.start(), first.end(), first.recurrence(), first.flags()));
        }
        return new Cell(List.of(), parser.parse(cell, issuedOn, year));
    }

    /** What a time cell gives: its dated phrases (offsets in the stripped cell) and the task's time. */
    record Cell(List<Phrase> dated, TimeExpression time) {
    }

    /** The one phrase a short label or heading states, or none. */
    TimeExpression parse(String words) {
        return parser.parse(words, issuedOn, year);
    }
}

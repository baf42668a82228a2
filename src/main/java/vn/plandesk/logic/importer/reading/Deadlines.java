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
 * programme periods ("giai đoạn 2026 - 2030"), horizons ("đến năm 2025"), years that belong to a
 * name ("Báo cáo công tác năm 2025") and undated recurring words ("định kỳ hằng quý").
 */
final class Deadlines {

    /** A time phrase of a piece of text: offsets relative to that text. */
    record Phrase(int start, int end, TimeExpression expression) {
    }

    private static final Pattern PERIOD = Pattern.compile("^(?:giai doan|den nam|tam nhin|thoi ky|nhiem ky|trong giai doan|den het nam \\d{4} va)\\b");
    /** Words right before a bare year that make it a time for the work: "trong năm 2026", "Thời gian: năm 2026". */
    private static final Pattern YEAR_INTRO = Pattern.compile("(?:trong|vao|hoan thanh|thuc hien|trien khai|thoi gian|tien do|xong|:|^|-|\\()\\s*$");

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
            String key = VietnameseText.searchKey(e.raw());
            if (PERIOD.matcher(key).find()) {
                continue;
            }
            if (e.kind() == TimeKind.RECURRING && e.end() == null || e.kind() == TimeKind.UNRESOLVED || e.kind() == TimeKind.NONE) {
                continue;
            }
            if (e.kind() == TimeKind.YEAR && !key.startsWith("trong") && !key.startsWith("vao")) {
                String before = VietnameseText.searchKey(text.substring(Math.max(0, found.start() - 25), found.start()));
                if (!YEAR_INTRO.matcher(before).find()) {
                    continue;
                }
            }
            kept.add(new Phrase(found.start(), found.end(), e));
        }
        return kept;
    }

    /** The one phrase a short label or heading states, or none. */
    TimeExpression parse(String words) {
        return parser.parse(words, issuedOn, year);
    }
}

package vn.plandesk.logic.importer.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list marker a line starts with: a Roman section number ("II.", "III-"), an Arabic number
 * ("3.", "3.2.", "1)"), a point letter ("a)", "đ)"), a dash or a plus. {@code label} is the
 * number or letter as written, {@code rest} the text after the marker.
 */
record Markers(Kind kind, String label, int depth, String rest) {

    enum Kind { ROMAN, NUMBER, LETTER, DASH, PLUS, NONE }

    private static final Pattern ROMAN = Pattern.compile("^(?:PHẦN\\s+|Phần\\s+|PHAN\\s+)?([IVX]{1,5})\\s*[.\\-–/:)]\\s*(\\S.*)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})(?:\\.|\\)|(?<=\\d\\.\\d{1,2})(?=\\s))\\s*(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s?[).]\\s*(\\S.*)$");
    private static final Pattern DASH = Pattern.compile("^[-–—•*·]\\s*(\\S.*)$");
    private static final Pattern PLUS = Pattern.compile("^[+]\\s*(\\S.*)$");

    static Markers of(String line) {
        Matcher m = ROMAN.matcher(line);
        if (m.matches()) {
            return new Markers(Kind.ROMAN, m.group(1), 1, m.group(2));
        }
        m = NUMBER.matcher(line);
        if (m.matches() && !looksLikeDate(line)) {
            String label = m.group(1);
            return new Markers(Kind.NUMBER, label, 1 + label.split("\\.").length, m.group(2));
        }
        m = LETTER.matcher(line);
        if (m.matches()) {
            return new Markers(Kind.LETTER, m.group(1), 6, m.group(2));
        }
        m = DASH.matcher(line);
        if (m.matches()) {
            return new Markers(Kind.DASH, "-", 7, m.group(1));
        }
        m = PLUS.matcher(line);
        if (m.matches()) {
            return new Markers(Kind.PLUS, "+", 8, m.group(1));
        }
        return new Markers(Kind.NONE, null, 99, line);
    }

    /** "30.11.2018 ..." or "12.000 người": a number, not a list marker. */
    private static boolean looksLikeDate(String line) {
        return line.matches("^\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b.*") || line.matches("^\\d{1,3}\\.\\d{3}\\b.*");
    }
}

package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.importer.source.SourceDocument;

/**
 * Turns a document's blocks into the source text (what the review step shows) and its logical
 * lines. Lines of a text file that break a sentence, a name or a date are joined; an assignment
 * table is kept aside; other tables (the two-column header and signature blocks) are read column
 * by column.
 */
public final class Lines {

    /** Markdown marks some converters leave: headings, bold, italics, table bars. */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern WIDE_GAP = Pattern.compile("\\s{2,}|\\t+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Digits garbled by text recognition inside a date or number: "2O/3/2Ol9". */
    private static final Pattern GARBLED_NUMBER = Pattern.compile("(?<![\\p{L}\\d])(?=[\\dOol]*\\d)[\\dOol]{1,4}(?:[/.-][\\dOol]{1,4}){1,2}(?![\\p{L}\\d])|(?<![\\p{L}\\d])(?:2[O0]|l9)[\\dOol]{2}(?![\\p{L}\\d])|(?<![\\p{L}\\d])(?=[\\dO]*\\d)[\\dO]{2}(?![\\p{L}\\d])");

    /** A line that is only a list marker ("1.", "2.3.", "a)"): its text is on the next line. */
    private static final Pattern BARE_MARKER = Pattern.compile("^(?:[IVX]{1,5}\\.|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[a-zđ]\\))$");

    private final StringBuilder text = new StringBuilder();
    private final List<Line> lines = new ArrayList<>();
    private final List<PlacedTable> tables = new ArrayList<>();

    /** An assignment table and where its text starts in the source text. */
    public record PlacedTable(SourceDocument.Table table, int start) {
    }
    /** Whether a bold or italic span opened on the previous text line is still open (it joins the next line). */
    private boolean boldOpen;
    private boolean italicOpen;

    private Lines() {
    }

    /** The logical lines and source text of a document. */
    public static Lines of(SourceDocument document) {
        Lines result = new Lines();
        boolean blank = false;
        for (SourceDocument.Block block : document.blocks()) {
            if (block instanceof SourceDocument.Paragraph p) {
                blank = result.addParagraph(p.text(), blank, document.linesBroken());
            } else if (block instanceof SourceDocument.Table t) {
                if (AssignmentTable.isAssignmentTable(t)) {
                    result.tables.add(new PlacedTable(t, result.text.length()));
                    result.text.append(AssignmentTable.sourceText(t));
                } else {
                    result.addLayoutTable(t, document.linesBroken());
                }
                blank = true;
            }
        }
        return result;
    }

    public String sourceText() {
        return text.toString();
    }

    public List<Line> lines() {
        return lines;
    }

    /** Assignment tables (STT / Nội dung / Chủ trì / Phối hợp / Thời gian ...), in document order. */
    public List<PlacedTable> assignmentTables() {
        return tables;
    }

    private boolean addParagraph(String raw, boolean blankBefore, boolean linesBroken) {
        int start = text.length();
        text.append(raw).append('\n');
        String clean = clean(raw);
        boolean spanOpen = boldOpen || italicOpen;
        if (clean.isEmpty()) {
            boldOpen = false;
            italicOpen = false;
            return true;
        }
        trackEmphasis(raw);
        List<String> columns = columns(raw);
        if (linesBroken && !lines.isEmpty() && (continues(lines.get(lines.size() - 1), clean, blankBefore)
                || !blankBefore && spanOpen && Markers.of(clean).kind() == Markers.Kind.NONE
                || BARE_MARKER.matcher(lines.get(lines.size() - 1).text()).matches() && Markers.of(clean).kind() == Markers.Kind.NONE)) {
            Line previous = lines.remove(lines.size() - 1);
            // a sentence broken over lines stays one column; pieces set apart by wide gaps stay apart
            List<String> merged = new ArrayList<>(previous.columns());
            if (previous.columns().size() == 1 && columns.size() == 1) {
                merged = List.of(previous.text() + " " + clean);
            } else {
                merged.addAll(columns);
            }
            lines.add(new Line(previous.text() + " " + clean, previous.start(), start + raw.length(), previous.blankBefore(), merged));
        } else {
            lines.add(new Line(clean, start, start + raw.length(), blankBefore, columns));
        }
        return false;
    }

    /**
     * A heading a converter wrapped over two lines keeps its emphasis open across the break
     * ("**IV. TỔ CHỨC" / "THỰC HIỆN**"): the next line belongs to it.
     */
    private void trackEmphasis(String raw) {
        int bold = 0;
        int italic = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) != '*') {
                continue;
            }
            if (i + 1 < raw.length() && raw.charAt(i + 1) == '*') {
                bold++;
                i++;
            } else {
                italic++;
            }
        }
        boldOpen ^= bold % 2 == 1;
        italicOpen ^= italic % 2 == 1;
    }

    /** A layout table read column by column; a text file's cells are broken like its lines. */
    private void addLayoutTable(SourceDocument.Table table, boolean linesBroken) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        boolean first = true;
        for (int c = 0; c < columns; c++) {
            for (List<String> row : table.rows()) {
                if (c < row.size()) {
                    // a new cell never continues the previous cell's sentence
                    boolean cellStart = true;
                    for (String cellLine : row.get(c).split("\n")) {
                        addParagraph(cellLine, first || linesBroken && cellStart, linesBroken);
                        first = false;
                        cellStart = false;
                    }
                }
            }
        }
    }

    /** A line of a text file continues the previous one unless the previous ended a sentence. */
    static boolean continues(Line previous, String line, boolean blankBefore) {
        if (Markers.of(line).kind() != Markers.Kind.NONE || Headings.startsNewBlock(line) || BARE_MARKER.matcher(line).matches()) {
            return false;
        }
        String before = previous.text();
        char last = before.charAt(before.length() - 1);
        char first = line.charAt(0);
        boolean lowerStart = Character.isLowerCase(first) || Character.isDigit(first);
        if (last == '.' || last == ':' || last == '!' || last == '?') {
            return false;
        }
        if (last == ';' || last == ',') {
            // an unmarked line after a list item ending in ";" continues it (members of a team listed on)
            return lowerStart || Markers.of(before).kind() != Markers.Kind.NONE;
        }
        if (Headings.isShortHeading(before) && blankBefore && !lowerStart) {
            return false;
        }
        return !blankBefore || lowerStart;
    }

    /** A paragraph's text without markdown marks and with single spaces. */
    static String clean(String raw) {
        String s = SPACES.matcher(raw).replaceAll(" ").strip();
        s = MARKDOWN_HEADING.matcher(s).replaceFirst("");
        s = MARKDOWN_EMPHASIS.matcher(s).replaceAll("");
        s = s.replace("\\-", "-").replace("\\.", ".");
        return repairDigits(s.strip());
    }

    /** Puts back the zeros and ones text recognition read as letters inside dates and numbers. */
    static String repairDigits(String s) {
        Matcher m = GARBLED_NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace('O', '0').replace('o', '0').replace('l', '1')));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> columns(String raw) {
        List<String> pieces = new ArrayList<>();
        for (String piece : WIDE_GAP.split(raw.strip())) {
            String c = clean(piece);
            if (!c.isEmpty()) {
                pieces.add(c);
            }
        }
        return pieces;
    }
}

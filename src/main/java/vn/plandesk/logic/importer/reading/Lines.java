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

    private final StringBuilder text = new StringBuilder();
    private final List<Line> lines = new ArrayList<>();
    private final List<PlacedTable> tables = new ArrayList<>();

    /** An assignment table and where its text starts in the source text. */
    public record PlacedTable(SourceDocument.Table table, int start) {
    }

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
        if (clean.isEmpty()) {
            return true;
        }
        List<String> columns = columns(raw);
        if (linesBroken && !lines.isEmpty() && continues(lines.get(lines.size() - 1), clean, blankBefore)) {
            Line previous = lines.remove(lines.size() - 1);
            List<String> merged = new ArrayList<>(previous.columns());
            merged.addAll(columns);
            lines.add(new Line(previous.text() + " " + clean, previous.start(), start + raw.length(), previous.blankBefore(), merged));
        } else {
            lines.add(new Line(clean, start, start + raw.length(), blankBefore, columns));
        }
        return false;
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
        if (Markers.of(line).kind() != Markers.Kind.NONE || Headings.startsNewBlock(line)) {
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

package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.plandesk.logic.importer.reading.TableColumns.Role;
import vn.plandesk.logic.importer.source.SourceDocument;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/**
 * An assignment table (Phụ lục, Biểu phân công nhiệm vụ: STT | Nội dung | Chủ trì | Phối hợp |
 * Thời gian | Sản phẩm, in any order, see {@link TableColumns}). Each task row is a task; group rows
 * ("A", "I", "1" with text only in their first cells, or one merged cell) open phases, the next level
 * sub-phases, deeper levels are flattened into the nearest sub-phase. A row with fewer cells than the
 * header lost cells that Word merged with the row above (a lead or a time spanning several rows):
 * they repeat for it. A row a converter broke into pieces is joined back.
 */
final class AssignmentTable {

    /** What one table gives the plan: phases, dated time phrases (offsets in the source text), where each phase starts. */
    record Reading(List<Phase> phases, List<Deadlines.Phrase> times, List<Integer> phaseStarts) {
    }

    private static final Pattern GROUP_LABEL = Pattern.compile("^(?:[A-ZĐ]|[IVX]{1,5})$");
    private static final Pattern LABEL = Pattern.compile("^(?:[A-ZĐ]|[IVX]{1,5}|\\d{1,2}(?:\\.\\d{1,2}){0,3}|[a-zđ])[.)]?$");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");
    private static final String UNTITLED = "Nhiệm vụ";

    private final SourceDocument.Table table;
    private final TableColumns columns;
    private final boolean linesBroken;
    private final Deadlines deadlines;
    private final int sourceStart;

    private final List<Phase> phases = new ArrayList<>();
    private final List<Integer> phaseStarts = new ArrayList<>();
    private final List<Deadlines.Phrase> times = new ArrayList<>();
    private Group phase;
    private Group sub;
    private Row previousTask;

    private AssignmentTable(SourceDocument.Table table, TableColumns columns, boolean linesBroken, Deadlines deadlines, int sourceStart) {
        this.table = table;
        this.columns = columns;
        this.linesBroken = linesBroken;
        this.deadlines = deadlines;
        this.sourceStart = sourceStart;
    }

    static boolean isAssignmentTable(SourceDocument.Table table) {
        return TableColumns.of(table) != null;
    }

    /** The table as the review step shows it: a line per row, cells between bars. */
    static String sourceText(SourceDocument.Table table) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : table.rows()) {
            out.append(String.join(" | ", row.stream().map(c -> c.replace('\n', ' ')).toList())).append('\n');
        }
        return out.toString();
    }

    /** Reads a table whose source text starts at {@code sourceStart}. */
    static Reading read(SourceDocument.Table table, int sourceStart, boolean linesBroken, Deadlines deadlines) {
        AssignmentTable reader = new AssignmentTable(table, TableColumns.of(table), linesBroken, deadlines, sourceStart);
        reader.readRows();
        return new Reading(reader.phases, reader.times, reader.phaseStarts);
    }

    /** One logical row: its cells in the header's columns, where it starts, and whether cells were lost to merges. */
    private record Row(List<String> cells, int start, boolean short_) {
        String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column);
        }

        boolean has(int column) {
            return column >= 0 && column < cells.size() && !cells.get(column).isBlank();
        }
    }

    /** A phase being read: title, its own time, tasks, sub-phases. */
    private static final class Group {
        final String label;
        final String title;
        final TimeExpression span;
        final List<Task> tasks = new ArrayList<>();
        final List<Phase> subPhases = new ArrayList<>();

        Group(String label, String title, TimeExpression span) {
            this.label = label;
            this.title = title;
            this.span = span;
        }

        Phase phase() {
            return new Phase(null, label, title, span, null, null, tasks, subPhases);
        }
    }

    private void readRows() {
        List<Row> rows = logicalRows();
        List<Integer> levels = new ArrayList<>();
        for (Row row : rows) {
            int level = groupLevel(row, rows);
            levels.add(level);
        }
        List<Integer> present = levels.stream().filter(l -> l >= 0).distinct().sorted().toList();
        int phaseLevel = present.isEmpty() ? -1 : present.get(0);
        int subLevel = present.size() < 2 ? -1 : present.get(1);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int level = levels.get(i);
            if (level >= 0 && (level == phaseLevel || level == subLevel)) {
                openGroup(row, level == phaseLevel);
            } else if (level < 0 && row.has(columns.first(Role.CONTENT))) {
                task(row);
            }
        }
        closeSub();
        closePhase();
    }

    // ---- rows -----------------------------------------------------------------------------------

    /** The rows after the header, aligned on its columns, pieces of broken rows joined, repeated headers left out. */
    private List<Row> logicalRows() {
        List<Row> rows = new ArrayList<>();
        int offset = sourceStart;
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> raw = table.rows().get(r);
            int start = offset;
            offset += String.join(" | ", raw).length() + 1;
            if (r >= columns.headerStart && r <= columns.headerEnd || TableColumns.isHeader(raw)) {
                continue;
            }
            List<String> cells = trimmed(raw.stream().map(AssignmentTable::clean).toList());
            if (cells.isEmpty() || isColumnNumbers(cells)) {
                continue;
            }
            Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && continues(last, cells)) {
                List<String> joined = new ArrayList<>(last.cells());
                joined.addAll(cells);
                rows.set(rows.size() - 1, new Row(joined, last.start(), true));
                continue;
            }
            rows.add(aligned(cells, start, raw.size() < columns.width()));
        }
        return rows;
    }

    /**
     * A row Word merged cells out of: in a text file it has fewer cells than the header; in a Word
     * file made from such a text its text starts in the number column. Its cells line up after
     * the number column.
     */
    private Row aligned(List<String> cells, int start, boolean fewerCells) {
        int number = columns.first(Role.NUMBER);
        boolean lostNumber = number == 0 && !cells.get(0).isBlank() && !LABEL.matcher(cells.get(0)).matches()
                && !opensWithMarker(cells.get(0)) && cells.size() < columns.width();
        if (lostNumber) {
            List<String> shifted = new ArrayList<>();
            shifted.add("");
            shifted.addAll(cells);
            return new Row(shifted, start, true);
        }
        return new Row(cells, start, fewerCells && cells.size() < columns.width());
    }

    /**
     * Whether a row is the rest of the row before it, broken by a converter: the row before stopped
     * short of its lead and time columns, and this one has no number and fits in what is left.
     */
    private boolean continues(Row last, List<String> cells) {
        int lastEssential = Math.max(columns.first(Role.TIME), columns.leadColumns().stream().mapToInt(i -> i).max().orElse(-1));
        List<Integer> lastText = textColumns(last);
        boolean lastIsGroup = lastText.size() == 1 && (opensWithMarker(last.cell(lastText.get(0))) || Headings.isUpperCase(last.cell(lastText.get(0))));
        boolean lastIsTask = last.has(columns.first(Role.CONTENT)) && !lastIsGroup && last.cells().size() <= lastEssential;
        boolean unnumbered = cells.get(0).isBlank() || !LABEL.matcher(cells.get(0)).matches() && !opensWithMarker(cells.get(0));
        int number = columns.first(Role.NUMBER);
        boolean ownRow = number >= 0 && cells.size() > number && LABEL.matcher(cells.get(number)).matches();
        return lastIsTask && unnumbered && !ownRow && last.cells().size() + cells.size() <= columns.width();
    }

    /** The level of a group row (A = 0, I = 1, 1 = 2, 1.1 = 3, a = 6), or -1 for other rows. */
    private int groupLevel(Row row, List<Row> rows) {
        String label = labelOf(row);
        List<Integer> filled = textColumns(row);
        if (filled.isEmpty()) {
            return -1;
        }
        String text = row.cell(filled.get(0));
        boolean onlyText = filled.size() == 1;
        if (label.isEmpty() && onlyText) {
            if (opensWithMarker(text)) {
                return levelOf(Markers.of(text).label());
            }
            return Headings.isUpperCase(text) ? 1 : -1;
        }
        if (!LABEL.matcher(label).matches()) {
            return -1;
        }
        boolean actors = filled.stream().anyMatch(c -> columns.role(c) == Role.LEAD || columns.role(c) == Role.SUPPORT
                || columns.role(c) == Role.TIME || columns.role(c) == Role.BODY);
        if (GROUP_LABEL.matcher(label).matches() && (onlyText || !actors)) {
            return levelOf(label);
        }
        if (onlyText && columns.role(filled.get(0)) != Role.CONTENT) {
            return levelOf(label) + 1; // "5.1 | | Thương mại |": a heading written in another column
        }
        if (onlyText && opensDeeper(label, rows.indexOf(row), rows)) {
            return levelOf(label);
        }
        return -1;
    }

    /** The row's number as written ("I", "1.2"), or "" when its number cell is empty or holds text (a merged group cell). */
    private String labelOf(Row row) {
        String label = row.cell(columns.first(Role.NUMBER)).replaceAll("[.)]$", "");
        return LABEL.matcher(label).matches() ? label : "";
    }

    /** The columns holding text other than the row's number. */
    private List<Integer> textColumns(Row row) {
        int number = columns.first(Role.NUMBER);
        boolean numbered = !labelOf(row).isEmpty();
        List<Integer> filled = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            if (row.has(c) && (c != number || !numbered)) {
                filled.add(c);
            }
        }
        return filled;
    }

    /** Whether the next numbered row is numbered under {@code label} ("1" then "1.1" or "a"). */
    private boolean opensDeeper(String label, int index, List<Row> rows) {
        int number = columns.first(Role.NUMBER);
        for (int i = index + 1; i < rows.size(); i++) {
            String next = rows.get(i).cell(number).replaceAll("[.)]$", "");
            if (!next.isEmpty()) {
                return next.startsWith(label + ".") || next.matches("[a-zđ]");
            }
        }
        return false;
    }

    private static int levelOf(String label) {
        if (label.matches("[IVX]{1,5}")) {
            return 1;
        }
        if (label.matches("[A-ZĐ]")) {
            return 0;
        }
        if (label.matches("[a-zđ]")) {
            return 6;
        }
        return 1 + label.split("\\.").length;
    }

    // ---- phases and tasks -----------------------------------------------------------------------

    private void openGroup(Row row, boolean topLevel) {
        List<Integer> filled = textColumns(row);
        String text = row.cell(filled.get(0)).replace('\n', ' ');
        String label = labelOf(row);
        Markers marker = Markers.of(text);
        if (label.isEmpty() && marker.kind() != Markers.Kind.NONE) {
            label = marker.label();
            text = marker.rest();
        }
        List<Deadlines.Phrase> own = deadlines.find(text);
        TimeExpression span = TimeExpression.none();
        String title = text;
        if (!own.isEmpty()) {
            Deadlines.Phrase last = own.get(own.size() - 1);
            span = last.expression();
            times.add(shifted(last, row.start()));
            String before = text.substring(0, last.start()).replaceAll("[\\s(:,-]+$", "").strip();
            if (text.substring(last.end()).matches("[)\\s.]*") && !before.isEmpty()) {
                title = before;
            }
        }
        closeSub();
        Group group = new Group(label.isEmpty() ? null : label, title.strip(), span);
        if (topLevel || phase == null) {
            closePhase();
            phase = group;
            phaseStarts.add(row.start());
        } else {
            sub = group;
        }
        previousTask = null;
    }

    private void task(Row row) {
        Row above = row.short_() ? previousTask : null;
        List<String> lead = new ArrayList<>();
        List<String> support = new ArrayList<>();
        for (int column : columns.leadColumns()) {
            TableBodies bodies = TableBodies.of(cellOrAbove(row, above, column), linesBroken);
            bodies.names.stream().filter(n -> !lead.contains(n)).forEach(lead::add);
            support.addAll(bodies.cooperating);
        }
        for (int column : columns.all(Role.SUPPORT)) {
            support.addAll(TableBodies.of(cellOrAbove(row, above, column), linesBroken).names);
        }
        int timeColumn = columns.first(Role.TIME);
        TimeExpression time = TimeExpression.none();
        if (row.has(timeColumn)) {
            Deadlines.Cell cell = deadlines.inCell(row.cell(timeColumn));
            time = cell.time();
            cell.dated().forEach(p -> times.add(shifted(p, row.start())));
        } else if (above != null && above.has(timeColumn)) {
            time = deadlines.inCell(above.cell(timeColumn)).time(); // a merged cell is written once
        }
        String number = row.cell(columns.first(Role.NUMBER)).replaceAll("[.)]$", "");
        if (!LABEL.matcher(number).matches()) {
            number = ""; // text in the number column (cells merged away) is no task number
        }
        String content = row.cell(columns.first(Role.CONTENT)).replaceAll("\\s+", " ").replaceAll("\\s*;$", "").strip();
        String product = row.cell(columns.first(Role.PRODUCT)).replaceAll("\\s+", " ").strip();
        Task task = new Task(null, number.isEmpty() ? null : number, UnitNames.capitalize(content), time, null,
                product.isEmpty() ? null : product, lead.stream().map(UnitRef::named).toList(),
                support.stream().distinct().filter(s -> !lead.contains(s)).map(UnitRef::named).toList(), 0, null, null, List.of());
        current().tasks.add(task);
        previousTask = row.short_() && above != null ? merged(row, above) : row;
    }

    /** The cells a short row took from the row above, so a third row merged with both still finds them. */
    private Row merged(Row row, Row above) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns.width(); c++) {
            cells.add(cellOrAbove(row, above, c));
        }
        return new Row(cells, row.start(), false);
    }

    private static String cellOrAbove(Row row, Row above, int column) {
        return row.has(column) || above == null ? row.cell(column) : above.cell(column);
    }

    private Group current() {
        if (sub != null) {
            return sub;
        }
        if (phase == null) {
            phase = new Group(null, UNTITLED, TimeExpression.none());
            phaseStarts.add(sourceStart);
        }
        return phase;
    }

    private void closeSub() {
        if (sub != null && phase != null) {
            phase.subPhases.add(sub.phase());
        }
        sub = null;
    }

    private void closePhase() {
        closeSub();
        if (phase != null) {
            phases.add(phase.phase());
        }
        phase = null;
    }

    private Deadlines.Phrase shifted(Deadlines.Phrase phrase, int rowStart) {
        return new Deadlines.Phrase(rowStart + phrase.start(), rowStart + phrase.end(), phrase.expression());
    }

    // ---- cells ----------------------------------------------------------------------------------

    /** A cell without markdown marks, its lines kept (a text file's broken lines or a Word cell's paragraphs). */
    private static String clean(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\n")) {
            String clean = Lines.clean(line);
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return String.join("\n", lines);
    }

    /** "I. Kinh tế số", "2. ...", "a) ...": text that opens with a list marker. */
    private static boolean opensWithMarker(String text) {
        Markers.Kind kind = Markers.of(text).kind();
        return kind == Markers.Kind.ROMAN || kind == Markers.Kind.NUMBER || kind == Markers.Kind.LETTER;
    }

    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    /** A row of column numbers under the header: (1) (2) (3) ... */
    private static boolean isColumnNumbers(List<String> cells) {
        long numbers = cells.stream().filter(c -> COLUMN_NUMBER.matcher(c).matches()).count();
        return numbers >= 2 && cells.stream().allMatch(c -> c.isBlank() || COLUMN_NUMBER.matcher(c).matches());
    }
}

package vn.plandesk.logic.importer.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text file as blocks, with the tables that converters from Word write into text put
 * back as tables. Two ways are common: a line holding only {@code |} before each cell, its text on
 * the lines that follow, where two such lines in a row close one row and open the next and a bar
 * followed by a blank line closes the table; and markdown rows {@code | a | b |}, which a long cell
 * may break over several lines until the row's closing bar.
 */
final class TextTables {

    private TextTables() {
    }

    static List<SourceDocument.Block> blocks(String[] lines) {
        List<SourceDocument.Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (line.equals("|") && i + 1 < lines.length && !lines[i + 1].isBlank()) {
                i = cellPerLine(lines, i, blocks);
            } else if (line.startsWith("|") && line.length() > 1 && line.indexOf('|', 1) > 0) {
                i = markdownRows(lines, i, blocks);
            } else {
                blocks.add(new SourceDocument.Paragraph(lines[i]));
                i++;
            }
        }
        return blocks;
    }

    /** Reads a table written one cell after a bar line; returns the index after it. */
    private static int cellPerLine(String[] lines, int first, List<SourceDocument.Block> blocks) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        List<String> cell = null;
        int i = first;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("|")) {
                if (cell == null) {
                    // two bars in a row: the row is over, the next begins
                    if (!row.isEmpty()) {
                        rows.add(row);
                        row = new ArrayList<>();
                    }
                } else {
                    row.add(String.join("\n", cell).strip());
                }
                cell = null;
                if (i + 1 >= lines.length || lines[i + 1].isBlank()) {
                    i++;
                    break;
                }
                cell = new ArrayList<>();
                if (i + 1 < lines.length && lines[i + 1].strip().equals("|")) {
                    cell = null;
                }
            } else if (cell != null) {
                cell.add(line);
            }
        }
        if (cell != null && !cell.isEmpty()) {
            row.add(String.join("\n", cell).strip());
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        blocks.add(new SourceDocument.Table(rows));
        return i;
    }

    /** Reads markdown rows until a blank line; returns the index after the table. */
    private static int markdownRows(String[] lines, int first, List<SourceDocument.Block> blocks) {
        List<List<String>> rows = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int i = first;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            String line = lines[i].strip();
            if (pending.length() > 0) {
                pending.append('\n');
            }
            pending.append(line);
            if (line.endsWith("|")) {
                addMarkdownRow(pending.toString(), rows);
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            addMarkdownRow(pending + "|", rows);
        }
        alignToHeader(rows);
        blocks.add(new SourceDocument.Table(rows));
        return i;
    }

    private static void addMarkdownRow(String text, List<List<String>> rows) {
        String row = text.strip();
        if (row.length() < 2) {
            return; // a lone bar between rows
        }
        String inner = row.substring(row.startsWith("|") ? 1 : 0, row.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        boolean empty = cells.stream().allMatch(c -> c.isEmpty() || c.matches(":?-{3,}:?"));
        if (!empty) {
            rows.add(cells);
        }
    }

    /**
     * Markdown converters drop the empty number cell at the start of a row and close the row with
     * an extra bar instead: a row whose first cell is running text under a number heading is moved
     * one column to the right.
     */
    private static void alignToHeader(List<List<String>> rows) {
        if (rows.isEmpty() || !isNumberHeading(rows.get(0).get(0))) {
            return;
        }
        int width = rows.get(0).size();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > 1 && row.get(0).length() > 20 && row.size() <= width) {
                row.add(0, "");
                if (row.size() > width && row.get(row.size() - 1).isEmpty()) {
                    row.remove(row.size() - 1);
                }
            }
        }
    }

    private static boolean isNumberHeading(String cell) {
        String key = cell.strip().toLowerCase(java.util.Locale.ROOT);
        return key.equals("tt") || key.equals("stt") || key.equals("số tt");
    }
}

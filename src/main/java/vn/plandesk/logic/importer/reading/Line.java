package vn.plandesk.logic.importer.reading;

/**
 * One logical line of a document: a Word paragraph, or text-file lines joined where a sentence was
 * broken. {@code text} is cleaned (markdown marks and repeated spaces removed); {@code start} and
 * {@code end} locate it in the source text the review step shows. {@code blankBefore} says an
 * empty line preceded it; {@code columns} keeps pieces separated by wide gaps (two-column blocks
 * of a text file); {@code tableCell} marks text that came from a layout table.
 */
public record Line(String text, int start, int end, boolean blankBefore, java.util.List<String> columns) {

    public Line {
        columns = java.util.List.copyOf(columns);
    }
}

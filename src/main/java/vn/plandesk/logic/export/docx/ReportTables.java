package vn.plandesk.logic.export.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A bordered table of the reports and letters: a bold centred header row repeated on every page,
 * rows never split across pages; columns given as widths in twips and whether they are centred.
 */
final class ReportTables {
    private final XWPFTable table;
    private final int[] widths;
    private final boolean[] centred;

    ReportTables(XWPFDocument doc, int[] widths, boolean[] centred, List<String> headings) {
        this.widths = widths;
        this.centred = centred;
        table = DocxAppendix.tableWithHeadings(doc, widths, headings);
    }

    /** A row of texts, bold when {@code bold} (a total). */
    void row(boolean bold, String... values) {
        // Appended straight to the XML: XWPFTable.insertNewTableRow counts the rows each time (quadratic).
        XWPFTableRow r = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        r.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = r.createCell();
            DocxKit.width(cell, widths[c]);
            XWPFParagraph p = DocxAppendix.tableParagraph(cell.getParagraphs().get(0));
            if (centred[c]) {
                DocxKit.centred(p);
            }
            if (values[c] != null && !values[c].isEmpty()) {
                DocxKit.run(p, values[c], bold, false, 0);
            }
        }
    }
}

package vn.plandesk.logic.export.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.plandesk.logic.export.AssignmentRow;
import vn.plandesk.logic.export.AssignmentTable;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.model.Plan;

/**
 * The appendix "Phụ lục" on landscape pages: label, title, the italic line naming the plan it goes
 * with, and the assignment table, whose header row repeats on every page and whose rows never break
 * across a page. Phases are bold rows spanning the table.
 */
final class DocxAppendix {
    /** STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Sản phẩm | Ghi chú, in mm of the 252 mm landscape line. */
    static final int[] WIDTHS = {
        DocxKit.mm(13), DocxKit.mm(82), DocxKit.mm(36), DocxKit.mm(38), DocxKit.mm(30), DocxKit.mm(30),
        DocxKit.LANDSCAPE_TEXT_WIDTH - DocxKit.mm(13 + 82 + 36 + 38 + 30 + 30)};
    private static final int PROGRESS_EVERY = 50;

    private final XWPFDocument doc;
    private final DocxOptions options;

    DocxAppendix(XWPFDocument doc, DocxOptions options) {
        this.doc = doc;
        this.options = options;
    }

    void write(Plan plan, ExportProgress progress) {
        XWPFParagraph label = doc.createParagraph();
        DocxKit.centred(label);
        DocxKit.run(label, "Phụ lục", true, false, 14);
        XWPFParagraph title = doc.createParagraph();
        DocxKit.centred(title);
        DocxKit.run(title, "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN " + DocumentParts.upper(plan.type().title()), true, false, 14);
        XWPFParagraph reference = doc.createParagraph();
        DocxKit.centred(reference);
        DocxKit.run(reference, DocumentParts.appendixReference(plan, options.draft()), false, true, 14);
        XWPFParagraph rule = doc.createParagraph();
        DocxKit.rule(rule, DocxKit.mm(40), DocxKit.LANDSCAPE_TEXT_WIDTH);
        DocxKit.spacing(rule, 80, 0);
        DocxKit.spacing(doc.createParagraph(), 0, 60);

        XWPFTable table = tableWithHeadings(doc, WIDTHS, AssignmentTable.HEADINGS);
        int total = plan.taskCount();
        int[] done = {0};
        progress.update(0, total);
        AssignmentTable.forEachRow(plan, row -> {
            if (row.isGroup()) {
                groupRow(table, row);
            } else {
                taskRow(table, row);
                done[0]++;
                if (done[0] % PROGRESS_EVERY == 0 || done[0] == total) {
                    progress.update(done[0], total);
                }
            }
        });
    }

    private static void groupRow(XWPFTable table, AssignmentRow row) {
        XWPFTableRow r = newRow(table);
        XWPFTableCell number = r.createCell();
        DocxKit.width(number, WIDTHS[0]);
        XWPFParagraph n = tableParagraph(number.getParagraphs().get(0));
        DocxKit.centred(n);
        DocxKit.run(n, row.number(), true, false, 0);
        XWPFTableCell title = r.createCell();
        int span = 0;
        for (int c = 1; c < WIDTHS.length; c++) {
            span += WIDTHS[c];
        }
        DocxKit.width(title, span);
        title.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(WIDTHS.length - 1));
        XWPFParagraph t = tableParagraph(title.getParagraphs().get(0));
        DocxKit.run(t, row.content(), true, row.level() > 0, 0);
        // A phase row stays on the page of its first task.
        n.getCTP().getPPr().addNewKeepNext();
        t.getCTP().getPPr().addNewKeepNext();
    }

    private static void taskRow(XWPFTable table, AssignmentRow row) {
        XWPFTableRow r = newRow(table);
        centredCell(r, 0, row.number());
        lines(r, 1, List.of(row.content()));
        lines(r, 2, row.lead());
        lines(r, 3, row.support());
        centredCell(r, 4, row.deadlineWords());
        lines(r, 5, row.deliverable() == null ? List.of() : List.of(row.deliverable()));
        lines(r, 6, row.notes() == null ? List.of() : List.of(row.notes()));
    }

    private static XWPFTableRow newRow(XWPFTable table) {
        // Appended straight to the XML: XWPFTable.insertNewTableRow counts the rows each time (quadratic).
        XWPFTableRow r = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        r.setCantSplitRow(true);
        return r;
    }

    private static void centredCell(XWPFTableRow r, int column, String text) {
        XWPFTableCell cell = r.createCell();
        DocxKit.width(cell, WIDTHS[column]);
        XWPFParagraph p = tableParagraph(cell.getParagraphs().get(0));
        DocxKit.centred(p);
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
    }

    /** One paragraph per line (a unit per line reads better than a list run together). */
    private static void lines(XWPFTableRow r, int column, List<String> lines) {
        XWPFTableCell cell = r.createCell();
        DocxKit.width(cell, WIDTHS[column]);
        XWPFParagraph p = tableParagraph(cell.getParagraphs().get(0));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p = tableParagraph(cell.addParagraph());
            }
            p.createRun().setText(lines.get(i));
        }
    }

    /**
     * A table of columns {@code widths} wide whose first row holds {@code headings}, bold and centred,
     * repeated at the top of every page and never split.
     */
    static XWPFTable tableWithHeadings(XWPFDocument doc, int[] widths, List<String> headings) {
        XWPFTable table = doc.createTable(1, widths.length);
        DocxKit.layout(table, true, widths);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = head.getCell(c);
            DocxKit.width(cell, widths[c]);
            XWPFParagraph p = tableParagraph(cell.getParagraphs().get(0));
            DocxKit.centred(p);
            DocxKit.run(p, headings.get(c), true, false, 0);
        }
        return table;
    }

    static XWPFParagraph tableParagraph(XWPFParagraph p) {
        p.setStyle(DocxKit.TABLE_STYLE);
        return p;
    }
}

package vn.plandesk.logic.export.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.plandesk.logic.export.TimesWidths;
import vn.plandesk.model.Plan;

/**
 * The two borderless tables that frame a plan: the header block (issuing body and number on the
 * left, national title, motto and place-date line on the right) and, at the end, the recipients
 * beside the signature block.
 */
final class DocxFrame {
    /** Header columns: ~65 mm and ~100 mm of the 165 mm text width. */
    static final int HEADER_LEFT = DocxKit.mm(65);
    static final int HEADER_RIGHT = DocxKit.PORTRAIT_TEXT_WIDTH - HEADER_LEFT;
    static final int SIGNATURE_LEFT = DocxKit.mm(78);
    static final int SIGNATURE_RIGHT = DocxKit.PORTRAIT_TEXT_WIDTH - SIGNATURE_LEFT;
    /** Word's default cell margins, left plus right: what a rule in a cell cannot use. */
    private static final int CELL_MARGINS = 216;
    private static final int HEADER_POINTS = 13;
    private static final int MOTTO_POINTS = 14;

    private final XWPFDocument doc;
    private final DocxOptions options;

    DocxFrame(XWPFDocument doc, DocxOptions options) {
        this.doc = doc;
        this.options = options;
    }

    XWPFTable header(Plan plan) {
        XWPFTable table = doc.createTable(2, 2);
        DocxKit.layout(table, false, HEADER_LEFT, HEADER_RIGHT);
        XWPFTableCell issuerCell = cell(table, 0, 0, HEADER_LEFT);
        XWPFParagraph p = issuerCell.getParagraphs().get(0);
        if (plan.governingBody() != null) {
            DocxKit.centred(p);
            DocxKit.run(p, DocumentParts.upper(plan.governingBody()), false, false, HEADER_POINTS);
            p = issuerCell.addParagraph();
        }
        DocxKit.centred(p);
        String issuer = plan.issuer() == null ? "" : DocumentParts.upper(plan.issuer());
        DocxKit.run(p, issuer, true, false, HEADER_POINTS);
        int available = HEADER_LEFT - CELL_MARGINS;
        int issuerLine = Math.min(TimesWidths.twips(issuer, HEADER_POINTS, true), available);
        DocxKit.rule(issuerCell.addParagraph(), Math.max(DocxKit.mm(15), issuerLine * 2 / 5), available);

        XWPFTableCell nationCell = cell(table, 0, 1, HEADER_RIGHT);
        XWPFParagraph nation = nationCell.getParagraphs().get(0);
        DocxKit.centred(nation);
        DocxKit.run(nation, DocumentParts.NATIONAL_TITLE, true, false, HEADER_POINTS);
        XWPFParagraph motto = nationCell.addParagraph();
        DocxKit.centred(motto);
        DocxKit.run(motto, DocumentParts.MOTTO, true, false, MOTTO_POINTS);
        DocxKit.rule(nationCell.addParagraph(), TimesWidths.twips(DocumentParts.MOTTO, MOTTO_POINTS, true), HEADER_RIGHT - CELL_MARGINS);

        XWPFParagraph number = cell(table, 1, 0, HEADER_LEFT).getParagraphs().get(0);
        DocxKit.centred(number);
        DocxKit.spacing(number, 120, 0);
        DocxKit.run(number, DocumentParts.numberLine(plan, options.draft()), false, false, HEADER_POINTS);
        XWPFParagraph date = cell(table, 1, 1, HEADER_RIGHT).getParagraphs().get(0);
        DocxKit.centred(date);
        DocxKit.spacing(date, 120, 0);
        DocxKit.run(date, DocumentParts.placeAndDate(plan, options.draft()), false, true, MOTTO_POINTS);
        return table;
    }

    /** "Nơi nhận:" and its list on the left, the signature block on the right, on the same first line. */
    void signature(Plan plan) {
        XWPFParagraph gap = doc.createParagraph();
        DocxKit.spacing(gap, 0, 0);
        XWPFTable table = doc.createTable(1, 2);
        DocxKit.layout(table, false, SIGNATURE_LEFT, SIGNATURE_RIGHT);
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = cell(table, 0, 0, SIGNATURE_LEFT);
        XWPFParagraph label = left.getParagraphs().get(0);
        DocxKit.run(label, DocumentParts.RECIPIENTS_LABEL, true, true, 12);
        for (String line : DocumentParts.recipientLines(plan.recipients())) {
            DocxKit.run(left.addParagraph(), line, false, false, 11);
        }
        XWPFTableCell right = cell(table, 0, 1, SIGNATURE_RIGHT);
        XWPFParagraph p = right.getParagraphs().get(0);
        List<String> lines = DocumentParts.signatureLines(plan.signer());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p = right.addParagraph();
            }
            DocxKit.centred(p);
            DocxKit.run(p, lines.get(i), true, false, options.bodyPoints());
        }
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        if (plan.signer() != null && plan.signer().name() != null) {
            XWPFParagraph name = right.addParagraph();
            DocxKit.centred(name);
            DocxKit.spacing(name, 240, 0);
            DocxKit.run(name, plan.signer().name(), true, false, options.bodyPoints());
        }
    }

    private static XWPFTableCell cell(XWPFTable table, int row, int col, int width) {
        XWPFTableCell cell = table.getRow(row).getCell(col);
        DocxKit.width(cell, width);
        return cell;
    }
}

package vn.plandesk.logic.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.StatusWords;
import vn.plandesk.logic.export.unitreport.UnitAssignment;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;

/**
 * A unit's tasks as an official letter (công văn) ready to sign and send: the header block of the
 * sending body with the number and the day left for the clerk, "V/v" under the number, "Kính gửi",
 * a short body, the table of tasks grouped by plan, and the signature block beside "Nơi nhận".
 * The sending body, place and signer are those of the report's most recent plan.
 */
public final class UnitReportDocxWriter {
    /** STT | Nội dung nhiệm vụ | Vai trò | Thời gian hoàn thành | Tình trạng, in the 165 mm portrait line. */
    private static final int[] WIDTHS = {DocxKit.mm(12), DocxKit.mm(78), DocxKit.mm(20), DocxKit.mm(30),
        DocxKit.PORTRAIT_TEXT_WIDTH - DocxKit.mm(12 + 78 + 20 + 30)};
    private static final List<String> HEADINGS = List.of("STT", "Nội dung nhiệm vụ", "Vai trò", "Thời gian hoàn thành", "Tình trạng");

    public void write(UnitReport report, OutputStream out, ExportProgress progress) throws IOException {
        DocxOptions options = DocxOptions.standard().withDraft(true);
        Plan letter = letter(report);
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxKit.styles(doc, options.bodyPoints(), 12);
            DocxFrame frame = new DocxFrame(doc, options);
            XWPFTable header = frame.header(letter);
            XWPFParagraph about = header.getRow(1).getCell(0).addParagraph();
            DocxKit.centred(about);
            DocxKit.run(about, letter.subject(), false, false, 12);

            XWPFParagraph to = doc.createParagraph();
            DocxKit.centred(to);
            DocxKit.spacing(to, 360, 240);
            DocxKit.run(to, "Kính gửi: " + report.unit().fullName() + ".", false, false, 0);
            String sender = letter.issuer() == null ? "Cơ quan" : letter.issuer();
            body(doc, "Thực hiện các kế hoạch đã ban hành, " + sender + " thông báo các nhiệm vụ " + report.unit().fullName()
                    + " được giao chủ trì hoặc phối hợp thực hiện (tính đến ngày " + NumericDate.FORMAT.format(report.asOf()) + ") như sau:");
            table(doc, report, progress);
            body(doc, "Đề nghị " + report.unit().fullName() + " chủ động triển khai thực hiện các nhiệm vụ nêu trên, "
                    + "báo cáo kết quả về " + sender + " đúng thời hạn./.");
            frame.signature(letter);
            DocxKit.page(doc.getDocument().getBody().addNewSectPr(), false, false);
            DocxKit.pageNumbers(doc);
            doc.write(out);
        }
    }

    /** The letter's own header fields: those of the most recent plan, as an official letter without a number. */
    private static Plan letter(UnitReport report) {
        Plan from = report.sender();
        List<Recipient> recipients = List.of(new Recipient("Như trên", null, false),
                from == null ? new Recipient("VT", null, true) : archiveOf(from));
        return new Plan(null, 0, DocumentType.CONG_VAN, null, from == null ? null : from.governingBody(),
                from == null ? null : from.issuer(), from == null ? null : from.place(), report.asOf(),
                "V/v thông báo nhiệm vụ được giao", List.of(), List.of(), List.of(), from == null ? null : from.signer(),
                recipients, null, "PlanDesk", null, List.of(), List.of());
    }

    private static Recipient archiveOf(Plan plan) {
        return plan.recipients().stream().filter(Recipient::archive).findFirst().orElse(new Recipient("VT", null, true));
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxKit.BODY_STYLE);
        DocxKit.run(p, text, false, false, 0);
    }

    private static void table(XWPFDocument doc, UnitReport report, ExportProgress progress) {
        XWPFTable table = DocxAppendix.tableWithHeadings(doc, WIDTHS, HEADINGS);
        int total = report.assignments().size();
        int done = 0;
        progress.update(0, total);
        for (UnitReport.PlanGroup group : report.byPlan()) {
            XWPFTableRow planRow = row(table);
            XWPFTableCell cell = planRow.createCell();
            DocxKit.width(cell, DocxKit.PORTRAIT_TEXT_WIDTH);
            cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(WIDTHS.length));
            XWPFParagraph p = DocxAppendix.tableParagraph(cell.getParagraphs().get(0));
            p.getCTP().getPPr().addNewKeepNext();
            DocxKit.run(p, DocumentParts.citation(group.plan()) + ": " + group.plan().subject(), true, false, 0);
            int n = 0;
            for (UnitAssignment a : group.assignments()) {
                XWPFTableRow r = row(table);
                text(r, 0, String.valueOf(++n), true);
                text(r, 1, a.task().content(), false);
                text(r, 2, a.roleWords(), true);
                text(r, 3, a.task().deadlineInForce().raw(), true);
                text(r, 4, StatusWords.of(a.task().status(report.asOf(), 7)), true);
                progress.update(++done, total);
            }
        }
        DocxKit.spacing(doc.createParagraph(), 0, 120);
    }

    private static XWPFTableRow row(XWPFTable table) {
        // Appended straight to the XML: XWPFTable.insertNewTableRow counts the rows each time (quadratic).
        XWPFTableRow r = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        r.setCantSplitRow(true);
        return r;
    }

    private static void text(XWPFTableRow r, int column, String value, boolean centred) {
        XWPFTableCell cell = r.createCell();
        DocxKit.width(cell, WIDTHS[column]);
        XWPFParagraph p = DocxAppendix.tableParagraph(cell.getParagraphs().get(0));
        if (centred) {
            DocxKit.centred(p);
        }
        if (value != null && !value.isEmpty()) {
            p.createRun().setText(value);
        }
    }
}

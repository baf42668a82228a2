package vn.plandesk.logic.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.plandesk.logic.export.VietnameseDates;
import vn.plandesk.logic.followup.FollowUpItem;
import vn.plandesk.logic.report.ReportWords;
import vn.plandesk.logic.report.UrgingLetters;
import vn.plandesk.model.DocumentNumber;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;

/**
 * An urging letter ("công văn đôn đốc") to one unit in the Decree 30 layout: the header block with the
 * number and the day left for the clerk, "V/v đôn đốc thực hiện nhiệm vụ" under the number,
 * "Kính gửi:" the unit, its tasks overdue or falling due with plan, deadline in force and days late,
 * the day to report back by, then the signature block beside "Nơi nhận".
 */
public final class UrgingLetterDocxWriter {
    static final String SUBJECT = "V/v đôn đốc thực hiện nhiệm vụ";
    private static final int[] WIDTHS = {DocxKit.mm(13), DocxKit.mm(38), DocxKit.mm(62), DocxKit.mm(30),
        DocxKit.PORTRAIT_TEXT_WIDTH - DocxKit.mm(13 + 38 + 62 + 30)};
    private static final boolean[] CENTRED = {true, false, false, true, true};
    private static final List<String> HEADINGS = List.of("STT", "Kế hoạch", "Nội dung nhiệm vụ", "Thời hạn", "Số ngày quá hạn");

    public void write(UrgingLetters letters, UrgingLetters.Letter letter, OutputStream out) throws IOException {
        DocxOptions options = DocxOptions.standard().withDraft(true);
        Plan sender = letters.sender();
        Plan document = document(letters);
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxKit.styles(doc, options.bodyPoints(), 12);
            DocxFrame frame = new DocxFrame(doc, options);
            XWPFTable header = frame.header(document);
            // A letter's symbol is the issuer's code and no type ("Số:      /UBND-VP"), which the plan frame cannot name.
            header.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).setText(numberLine(sender), 0);
            XWPFParagraph about = header.getRow(1).getCell(0).addParagraph();
            DocxKit.centred(about);
            DocxKit.run(about, SUBJECT, false, false, 12);

            XWPFParagraph to = doc.createParagraph();
            DocxKit.centred(to);
            DocxKit.spacing(to, 360, 240);
            DocxKit.run(to, "Kính gửi: " + letter.unitName() + ".", false, false, 0);
            long overdue = letter.items().stream().filter(FollowUpItem::isOverdue).count();
            long soon = letter.items().size() - overdue;
            String sending = document.issuer() == null ? "cơ quan" : document.issuer();
            ProgressReportDocxWriter.body(doc, "Qua theo dõi việc thực hiện các nhiệm vụ được giao, tính đến ngày "
                    + ReportWords.day(letters.asOf()) + ", " + letter.unitName() + " còn "
                    + (overdue > 0 ? ReportWords.count(overdue) + " nhiệm vụ chưa hoàn thành đã quá hạn" : "")
                    + (overdue > 0 && soon > 0 ? " và " : "")
                    + (soon > 0 ? ReportWords.count(soon) + " nhiệm vụ đến hạn trong " + letters.withinDays() + " ngày tới" : "")
                    + ", cụ thể như sau:");
            ReportTables table = new ReportTables(doc, WIDTHS, CENTRED, HEADINGS);
            int n = 0;
            for (FollowUpItem item : letter.items()) {
                table.row(false, String.valueOf(++n), planShort(item), item.task().content(),
                        ReportWords.deadline(item.due(), item.isExtended() ? item.task().deadline().due() : null),
                        daysColumn(item));
            }
            DocxKit.spacing(doc.createParagraph(), 0, 120);
            ProgressReportDocxWriter.body(doc, "Để bảo đảm tiến độ, " + sending + " đề nghị " + letter.unitName()
                    + " khẩn trương triển khai, hoàn thành các nhiệm vụ nêu trên và báo cáo kết quả thực hiện về " + sending
                    + " trước ngày " + ReportWords.day(letters.reportBy()) + "./.");
            frame.signature(document);
            DocxKit.page(doc.getDocument().getBody().addNewSectPr(), false, false);
            DocxKit.pageNumbers(doc);
            doc.write(out);
        }
    }

    private static String planShort(FollowUpItem item) {
        var ref = item.plan();
        String number = ref.numberAndSymbol() == null ? ref.subject() : "Kế hoạch số " + ref.numberAndSymbol();
        return ref.issuedOn() == null || ref.numberAndSymbol() == null ? number : number + " ngày " + ReportWords.day(ref.issuedOn());
    }

    /** "Số:      /UBND": the number left blank, the symbol the sending body's code. */
    private static String numberLine(Plan sender) {
        String code = sender == null ? null : DocumentNumber.parse(sender.numberAndSymbol()).map(DocumentNumber::issuerCode).orElse(null);
        return "Số: " + VietnameseDates.BLANK + "/" + (code == null ? "" : code);
    }

    private static Plan document(UrgingLetters letters) {
        Plan from = letters.sender();
        Recipient archive = from == null ? new Recipient("VT", null, true)
                : from.recipients().stream().filter(Recipient::archive).findFirst().orElse(new Recipient("VT", null, true));
        return new Plan(null, 0, DocumentType.CONG_VAN, null, from == null ? null : from.governingBody(),
                from == null ? null : from.issuer(), from == null ? null : from.place(), letters.asOf(), SUBJECT, List.of(), List.of(),
                List.of(), from == null ? null : from.signer(), List.of(new Recipient("Như trên", null, false), archive), null,
                "PlanDesk", null, List.of(), List.of());
    }

    /** Days late for an overdue task; for one not yet late, the days left, "Đến hạn hôm nay" rather than "Còn 0 ngày". */
    private static String daysColumn(FollowUpItem item) {
        if (item.isOverdue()) {
            return ReportWords.count(item.daysLate());
        }
        return item.daysLeft() == 0 ? "Đến hạn hôm nay" : "Còn " + item.daysLeft() + " ngày";
    }
}

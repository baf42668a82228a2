package vn.plandesk.logic.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.TimesWidths;
import vn.plandesk.logic.followup.StateCounts;
import vn.plandesk.logic.followup.UnitReport;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.ReportWords;
import vn.plandesk.model.DocumentNumber;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;

/**
 * The report on tasks carried out ("Báo cáo kết quả thực hiện nhiệm vụ") in the Decree 30 layout of
 * the plan export: on portrait pages the header block (number, day and month left for the clerk),
 * "BÁO CÁO" and its subject, the summary in the wording offices use, signature and "Nơi nhận"; then,
 * on landscape pages numbered on their own, the tables: per lead unit, overdue tasks, undated tasks.
 */
public final class ProgressReportDocxWriter {
    private static final int[] UNIT_WIDTHS = landscape(12, 68, 20, 20, 22, 22, 22, 22, 22);
    private static final boolean[] UNIT_CENTRED = {true, false, true, true, true, true, true, true, true, true};
    private static final List<String> UNIT_HEADINGS = List.of("STT", "Đơn vị chủ trì", "Tổng số nhiệm vụ được giao",
            "Số nhiệm vụ đến hạn", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành, trong hạn",
            "Chưa hoàn thành, quá hạn", "Không có thời hạn cụ thể", "Tỷ lệ hoàn thành đúng hạn");
    private static final int[] OVERDUE_WIDTHS = landscape(12, 48, 92, 45, 35);
    private static final boolean[] OVERDUE_CENTRED = {true, false, false, false, true, true};
    private static final List<String> OVERDUE_HEADINGS = List.of("STT", "Kế hoạch", "Nội dung nhiệm vụ", "Đơn vị chủ trì",
            "Thời hạn", "Số ngày quá hạn");
    private static final int[] UNDATED_WIDTHS = landscape(12, 48, 107, 45);
    private static final boolean[] UNDATED_CENTRED = {true, false, false, false, true};
    private static final List<String> UNDATED_HEADINGS = List.of("STT", "Kế hoạch", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian");

    /** Widths in mm of all columns but the last, which takes the rest of the 252 mm landscape line. */
    private static int[] landscape(int... millimetres) {
        int[] widths = new int[millimetres.length + 1];
        int used = 0;
        for (int i = 0; i < millimetres.length; i++) {
            widths[i] = DocxKit.mm(millimetres[i]);
            used += widths[i];
        }
        widths[millimetres.length] = DocxKit.LANDSCAPE_TEXT_WIDTH - used;
        return widths;
    }

    public void write(ProgressReport report, OutputStream out, ExportProgress progress) throws IOException {
        DocxOptions options = DocxOptions.standard().withDraft(true);
        Plan document = document(report);
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxKit.styles(doc, options.bodyPoints(), 12);
            DocxFrame frame = new DocxFrame(doc, options);
            frame.header(document);
            title(doc, document.subject());
            summary(doc, report);
            frame.signature(document);
            CTSectPr main = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
            DocxKit.page(main, false, false);
            CTSectPr tables = doc.getDocument().getBody().addNewSectPr();
            String attached = "(Kèm theo Báo cáo số " + DocumentParts.numberAndSymbol(document, true) + " "
                    + vn.plandesk.logic.export.VietnameseDates.words(document.issuedOn(), true)
                    + (document.issuer() == null ? "" : " của " + document.issuer()) + ")";
            int total = report.rows().size() + report.overdue().size() + report.undated().size();
            progress.update(0, total);
            appendix(doc, "Phụ lục I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ", attached, false);
            unitTable(doc, report);
            appendix(doc, "Phụ lục II", "DANH MỤC NHIỆM VỤ CHƯA HOÀN THÀNH, QUÁ HẠN", attached, true);
            ReportTables overdue = new ReportTables(doc, OVERDUE_WIDTHS, OVERDUE_CENTRED, OVERDUE_HEADINGS);
            int n = 0;
            for (ProgressReport.OverdueTask o : report.overdue()) {
                overdue.row(false, String.valueOf(++n), ReportWords.planShort(o.plan()), o.task().content(), leads(o.task()),
                        ReportWords.deadline(o.due(), o.originalDue()), ReportWords.count(o.daysLate()));
            }
            if (!report.undated().isEmpty()) {
                appendix(doc, "Phụ lục III", "NHIỆM VỤ KHÔNG CÓ THỜI HẠN CỤ THỂ (THEO DÕI RIÊNG)", attached, true);
                ReportTables undated = new ReportTables(doc, UNDATED_WIDTHS, UNDATED_CENTRED, UNDATED_HEADINGS);
                n = 0;
                for (ProgressReport.UndatedTask u : report.undated()) {
                    undated.row(false, String.valueOf(++n), ReportWords.planShort(u.plan()), u.task().content(), leads(u.task()),
                            u.task().deadlineInForce().raw());
                }
            }
            progress.update(total, total);
            DocxKit.page(tables, true, true);
            DocxKit.pageNumbers(doc, main);
            doc.write(out);
        }
    }

    /** The report's own header fields: those of the sending plan, as a report with its number left blank. */
    private static Plan document(ProgressReport report) {
        Plan from = report.sender();
        String issuerCode = from == null ? null
                : DocumentNumber.parse(from.numberAndSymbol()).map(DocumentNumber::issuerCode).orElse(null);
        Recipient archive = from == null ? null : from.recipients().stream().filter(Recipient::archive).findFirst().orElse(null);
        return new Plan(null, 0, DocumentType.BAO_CAO, issuerCode == null ? null : "01/BC-" + issuerCode,
                from == null ? null : from.governingBody(), from == null ? null : from.issuer(), from == null ? null : from.place(),
                report.asOf(), subject(report), List.of(), List.of(), List.of(), from == null ? null : from.signer(),
                archive == null ? List.of() : List.of(archive), null, "PlanDesk", null, List.of(), List.of());
    }

    /** "Kết quả thực hiện nhiệm vụ được giao tại các kế hoạch quý IV năm 2026". */
    private static String subject(ProgressReport report) {
        String scope = report.plan() != null ? "tại " + DocumentParts.citation(report.plan())
                : report.unitName() != null ? "của " + report.unitName() : "tại các kế hoạch";
        return "Kết quả thực hiện nhiệm vụ được giao " + scope + " " + ReportWords.period(report.period());
    }

    private static void title(XWPFDocument doc, String subject) {
        XWPFParagraph type = doc.createParagraph();
        DocxKit.centred(type);
        DocxKit.spacing(type, 360, 0);
        DocxKit.run(type, "BÁO CÁO", true, false, 14);
        XWPFParagraph about = doc.createParagraph();
        DocxKit.centred(about);
        DocxKit.run(about, subject, true, false, 14);
        int width = Math.min(TimesWidths.twips(subject, 14, true), DocxKit.PORTRAIT_TEXT_WIDTH);
        DocxKit.rule(doc.createParagraph(), Math.max(DocxKit.mm(30), width / 3), DocxKit.PORTRAIT_TEXT_WIDTH);
        DocxKit.spacing(doc.createParagraph(), 0, 120);
    }

    private static void summary(XWPFDocument doc, ProgressReport report) {
        StateCounts t = report.total();
        heading(doc, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
        body(doc, "Kỳ báo cáo từ ngày " + ReportWords.day(report.period().from()) + " đến ngày " + ReportWords.day(report.period().to())
                + ", số liệu tính đến ngày " + ReportWords.day(report.asOf()) + ".");
        body(doc, "Tổng số nhiệm vụ được giao: " + ReportWords.count(t.total()) + " nhiệm vụ"
                + (t.withoutDatedDeadline() > 0 ? " (trong đó " + ReportWords.count(t.withoutDatedDeadline())
                        + " nhiệm vụ không có thời hạn cụ thể, theo dõi riêng)" : "")
                + "; số nhiệm vụ đến hạn: " + ReportWords.count(t.fallenDue()) + " nhiệm vụ. Đã hoàn thành: "
                + ReportWords.count(t.done()) + " nhiệm vụ (đúng hạn: " + ReportWords.count(t.doneOnTime()) + ", quá hạn: "
                + ReportWords.count(t.doneLate()) + "), tỷ lệ hoàn thành đúng hạn đạt " + ReportWords.percent(t.doneOnTime(), t.fallenDue())
                + " số nhiệm vụ đến hạn; chưa hoàn thành: " + ReportWords.count(t.notDone()) + " nhiệm vụ (trong hạn: "
                + ReportWords.count(t.notDoneWithinDeadline()) + ", quá hạn: " + ReportWords.count(t.notDoneOverdue()) + ").");
        body(doc, "Kết quả theo từng đơn vị chủ trì tại Phụ lục I kèm theo"
                + (report.countsSharedTasksPerUnit() ? "; nhiệm vụ do nhiều đơn vị cùng chủ trì được tính cho mỗi đơn vị, dòng tổng cộng tính một lần." : "."));
        heading(doc, "II. NHIỆM VỤ CHƯA HOÀN THÀNH, QUÁ HẠN");
        body(doc, report.overdue().isEmpty() ? "Không có nhiệm vụ chưa hoàn thành đã quá hạn."
                : "Còn " + ReportWords.count(report.overdue().size()) + " nhiệm vụ chưa hoàn thành đã quá hạn (danh mục tại Phụ lục II kèm theo)"
                        + (report.undated().isEmpty() ? "." : "; " + ReportWords.count(report.undated().size())
                        + " nhiệm vụ không có thời hạn cụ thể được theo dõi riêng tại Phụ lục III."));
        heading(doc, "III. ĐỀ XUẤT");
        body(doc, "Đề nghị các đơn vị chủ trì khẩn trương hoàn thành các nhiệm vụ quá hạn, bảo đảm tiến độ các nhiệm vụ "
                + "trong hạn và báo cáo kết quả thực hiện đúng thời gian quy định./.");
    }

    private static void unitTable(XWPFDocument doc, ProgressReport report) {
        ReportTables table = new ReportTables(doc, UNIT_WIDTHS, UNIT_CENTRED, UNIT_HEADINGS);
        int n = 0;
        for (UnitReport.Row row : report.rows()) {
            table.row(false, figures(String.valueOf(++n), row.name(), row.counts()));
        }
        if (report.rows().size() > 1) {
            table.row(true, figures("", "Tổng cộng", report.total()));
        }
    }

    private static String[] figures(String number, String name, StateCounts c) {
        return new String[] {number, name, ReportWords.count(c.total()), ReportWords.count(c.fallenDue()),
            ReportWords.count(c.doneOnTime()), ReportWords.count(c.doneLate()), ReportWords.count(c.notDoneWithinDeadline()),
            ReportWords.count(c.notDoneOverdue()), ReportWords.count(c.withoutDatedDeadline()),
            ReportWords.percent(c.doneOnTime(), c.fallenDue())};
    }

    /** Label, title, the italic line naming the report, a short rule; from the second on, on a new page. */
    private static void appendix(XWPFDocument doc, String label, String title, String attached, boolean newPage) {
        XWPFParagraph p = doc.createParagraph();
        DocxKit.centred(p);
        p.setPageBreak(newPage);
        DocxKit.run(p, label, true, false, 14);
        XWPFParagraph t = doc.createParagraph();
        DocxKit.centred(t);
        DocxKit.run(t, title, true, false, 14);
        XWPFParagraph reference = doc.createParagraph();
        DocxKit.centred(reference);
        DocxKit.run(reference, attached, false, true, 14);
        XWPFParagraph rule = doc.createParagraph();
        DocxKit.rule(rule, DocxKit.mm(40), DocxKit.LANDSCAPE_TEXT_WIDTH);
        DocxKit.spacing(rule, 80, 0);
        DocxKit.spacing(doc.createParagraph(), 0, 60);
    }

    static String leads(vn.plandesk.model.Task task) {
        return String.join("; ", vn.plandesk.logic.export.AssignmentTable.names(task.lead()));
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxKit.BODY_STYLE);
        p.getCTP().getPPr().addNewKeepNext();
        DocxKit.run(p, text, true, false, 0);
    }

    static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxKit.BODY_STYLE);
        DocxKit.run(p, text, false, false, 0);
    }
}

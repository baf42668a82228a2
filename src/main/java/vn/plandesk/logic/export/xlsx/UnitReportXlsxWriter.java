package vn.plandesk.logic.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.plandesk.logic.export.AssignmentTable;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.StatusWords;
import vn.plandesk.logic.export.docx.DocumentParts;
import vn.plandesk.logic.export.unitreport.UnitAssignment;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.model.Task;

/** A unit's tasks across all plans as one sheet, a row per task, filterable by plan, role and state. */
public final class UnitReportXlsxWriter {
    public static final String SHEET = "Nhiệm vụ của đơn vị";
    static final List<String> HEADINGS = List.of("STT", "Kế hoạch", "Nội dung nhiệm vụ", "Vai trò", "Cơ quan chủ trì",
            "Cơ quan phối hợp", "Thời gian hoàn thành", "Bắt đầu", "Kết thúc", "Tình trạng", "Số ngày quá hạn");
    private static final int TITLE_ROWS = 4;

    public void write(UnitReport report, OutputStream out, ExportProgress progress) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            XlsxKit kit = new XlsxKit(wb);
            Sheet sheet = wb.createSheet(SHEET);
            int columns = HEADINGS.size();
            XlsxKit.widths(sheet, 6, 30, 55, 11, 26, 26, 22, 12, 12, 18, 10);
            kit.titleRow(sheet, 0, "NHIỆM VỤ CỦA " + DocumentParts.upper(report.unit().fullName()), kit.title, columns);
            kit.titleRow(sheet, 1, "Các nhiệm vụ chủ trì hoặc phối hợp thực hiện, tính đến ngày " + NumericDate.FORMAT.format(report.asOf()),
                    kit.subtitle, columns);
            kit.headingRow(sheet, TITLE_ROWS, HEADINGS);
            int next = TITLE_ROWS + 1;
            int total = report.assignments().size();
            progress.update(0, total);
            for (UnitAssignment a : report.assignments()) {
                Task t = a.task();
                Row row = sheet.createRow(next);
                kit.number(row, 0, next - TITLE_ROWS);
                XlsxKit.cell(row, 1, DocumentParts.citation(a.plan()), kit.text);
                XlsxKit.cell(row, 2, t.content(), kit.text);
                XlsxKit.cell(row, 3, a.roleWords(), kit.centred);
                XlsxKit.cell(row, 4, String.join("\n", AssignmentTable.names(t.lead())), kit.text);
                XlsxKit.cell(row, 5, String.join("\n", AssignmentTable.names(t.support())), kit.text);
                XlsxKit.cell(row, 6, t.deadlineInForce().raw(), kit.centred);
                kit.date(row, 7, t.start() != null ? t.start() : t.deadlineInForce().start());
                kit.date(row, 8, t.deadlineInForce().end());
                XlsxKit.cell(row, 9, StatusWords.of(t.status(report.asOf(), PlanXlsxWriter.DUE_SOON_DAYS)), kit.centred);
                kit.number(row, 10, t.daysLate(report.asOf()));
                XlsxKit.fitHeight(sheet, row);
                progress.update(next - TITLE_ROWS, total);
                next++;
            }
            XlsxKit.tableSetup(sheet, TITLE_ROWS, next - 1, columns);
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }
}

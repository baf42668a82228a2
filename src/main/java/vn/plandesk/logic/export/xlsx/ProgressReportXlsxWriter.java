package vn.plandesk.logic.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.plandesk.logic.followup.StateCounts;
import vn.plandesk.logic.followup.UnitReport;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.ReportWords;

/**
 * The report as a workbook: the table per lead unit with the counts as numbers and the totals, tasks
 * fallen due and shares as Excel formulas (a count corrected by hand updates them), and a sheet of
 * the overdue tasks with real date cells; both print on A4 landscape, one page wide, header row repeated.
 */
public final class ProgressReportXlsxWriter {
    public static final String UNITS_SHEET = "Kết quả theo đơn vị";
    public static final String OVERDUE_SHEET = "Nhiệm vụ quá hạn";
    static final List<String> UNIT_HEADINGS = List.of("STT", "Đơn vị chủ trì", "Tổng số nhiệm vụ được giao", "Số nhiệm vụ đến hạn",
            "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành, trong hạn", "Chưa hoàn thành, quá hạn",
            "Không có thời hạn cụ thể", "Tỷ lệ hoàn thành đúng hạn");
    static final List<String> OVERDUE_HEADINGS = List.of("STT", "Kế hoạch", "Nội dung nhiệm vụ", "Đơn vị chủ trì",
            "Thời hạn đang áp dụng", "Thời hạn ban đầu", "Số ngày quá hạn");
    /** The heading row, under the title lines. */
    public static final int HEADING_ROW = 3;

    public void write(ProgressReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxKit kit = new XlsxKit(wb);
            units(wb, kit, report);
            overdue(wb, kit, report);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        }
    }

    private static void units(XSSFWorkbook wb, XlsxKit kit, ProgressReport report) {
        Sheet sheet = wb.createSheet(UNITS_SHEET);
        int columns = UNIT_HEADINGS.size();
        XlsxKit.widths(sheet, 6, 40, 13, 13, 13, 13, 13, 13, 13, 14);
        titles(sheet, kit, report, "KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ", columns);
        kit.headingRow(sheet, HEADING_ROW, UNIT_HEADINGS);
        CellStyle share = wb.createCellStyle();
        share.cloneStyleFrom(kit.number);
        share.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        int next = HEADING_ROW + 1;
        int n = 0;
        for (UnitReport.Row row : report.rows()) {
            unitRow(sheet, kit, share, next++, String.valueOf(++n), row.name(), row.counts());
        }
        int first = HEADING_ROW + 2;
        int last = next;
        if (report.countsSharedTasksPerUnit()) {
            // Tasks with several lead units appear in each unit's row; this row takes the repeats out so the total counts each once.
            StateCounts summed = report.rows().stream().map(UnitReport.Row::counts).reduce(StateCounts.NONE, StateCounts::plus);
            StateCounts repeats = new StateCounts(report.total().doneOnTime() - summed.doneOnTime(), report.total().doneLate() - summed.doneLate(),
                    report.total().notDoneWithinDeadline() - summed.notDoneWithinDeadline(),
                    report.total().notDoneOverdue() - summed.notDoneOverdue(),
                    report.total().withoutDatedDeadline() - summed.withoutDatedDeadline());
            unitRow(sheet, kit, share, next++, "", "Trừ nhiệm vụ tính trùng (nhiều đơn vị cùng chủ trì)", repeats);
            last = next;
        }
        Row total = sheet.createRow(next);
        XlsxKit.cell(total, 0, "", kit.heading);
        XlsxKit.cell(total, 1, "Tổng cộng", kit.heading);
        for (int c = 2; c <= 8; c++) {
            String col = column(c);
            total.createCell(c).setCellFormula("SUM(" + col + first + ":" + col + last + ")");
            total.getCell(c).setCellStyle(kit.heading);
        }
        shareCell(total, next + 1, share);
        XlsxKit.tableSetup(sheet, HEADING_ROW, next, columns);
    }

    private static void unitRow(Sheet sheet, XlsxKit kit, CellStyle share, int index, String number, String name, StateCounts c) {
        Row row = sheet.createRow(index);
        XlsxKit.cell(row, 0, number, kit.centred);
        XlsxKit.cell(row, 1, name, kit.text);
        int excelRow = index + 1;
        row.createCell(2).setCellFormula("E" + excelRow + "+F" + excelRow + "+G" + excelRow + "+H" + excelRow + "+I" + excelRow);
        row.createCell(3).setCellFormula("E" + excelRow + "+F" + excelRow + "+H" + excelRow);
        row.getCell(2).setCellStyle(kit.number);
        row.getCell(3).setCellStyle(kit.number);
        kit.number(row, 4, c.doneOnTime());
        kit.number(row, 5, c.doneLate());
        kit.number(row, 6, c.notDoneWithinDeadline());
        kit.number(row, 7, c.notDoneOverdue());
        kit.number(row, 8, c.withoutDatedDeadline());
        shareCell(row, excelRow, share);
        XlsxKit.fitHeight(sheet, row);
    }

    /** Done on time over fallen due, cut (not rounded) to two decimals of a percent as the follow-up view writes it. */
    private static void shareCell(Row row, int excelRow, CellStyle share) {
        Cell cell = row.createCell(9);
        cell.setCellFormula("IF(D" + excelRow + "=0,\"—\",ROUNDDOWN(E" + excelRow + "/D" + excelRow + ",4))");
        cell.setCellStyle(share);
    }

    private static void overdue(XSSFWorkbook wb, XlsxKit kit, ProgressReport report) {
        Sheet sheet = wb.createSheet(OVERDUE_SHEET);
        int columns = OVERDUE_HEADINGS.size();
        XlsxKit.widths(sheet, 6, 32, 60, 30, 16, 16, 12);
        titles(sheet, kit, report, "DANH MỤC NHIỆM VỤ CHƯA HOÀN THÀNH, QUÁ HẠN", columns);
        kit.headingRow(sheet, HEADING_ROW, OVERDUE_HEADINGS);
        int next = HEADING_ROW + 1;
        for (ProgressReport.OverdueTask o : report.overdue()) {
            Row row = sheet.createRow(next);
            kit.number(row, 0, next - HEADING_ROW);
            XlsxKit.cell(row, 1, ReportWords.planShort(o.plan()), kit.text);
            XlsxKit.cell(row, 2, o.task().content(), kit.text);
            XlsxKit.cell(row, 3, String.join("\n", vn.plandesk.logic.export.AssignmentTable.names(o.task().lead())), kit.text);
            kit.date(row, 4, o.due());
            kit.date(row, 5, o.originalDue());
            kit.number(row, 6, o.daysLate());
            XlsxKit.fitHeight(sheet, row);
            next++;
        }
        XlsxKit.tableSetup(sheet, HEADING_ROW, next - 1, columns);
    }

    private static void titles(Sheet sheet, XlsxKit kit, ProgressReport report, String title, int columns) {
        String scope = report.plan() != null ? ReportWords.planShort(report.plan()) + ", "
                : report.unitName() != null ? report.unitName() + ", " : "";
        kit.titleRow(sheet, 0, title, kit.title, columns);
        String line = scope + ReportWords.period(report.period()) + " (từ ngày " + ReportWords.day(report.period().from())
                + " đến ngày " + ReportWords.day(report.period().to()) + "), số liệu tính đến ngày " + ReportWords.day(report.asOf());
        kit.titleRow(sheet, 1, Character.toUpperCase(line.charAt(0)) + line.substring(1), kit.subtitle, columns);
    }

    private static String column(int index) {
        return String.valueOf((char) ('A' + index));
    }
}

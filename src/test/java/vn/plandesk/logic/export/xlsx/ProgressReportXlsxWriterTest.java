package vn.plandesk.logic.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.ReportScope;

/** The report workbook: counts as numbers, totals and shares as formulas that follow a hand correction, print-ready. */
class ProgressReportXlsxWriterTest {

    private static XSSFWorkbook workbook() throws Exception {
        ProgressReport report = ProgressReport.build(List.of(plan(1, "15/KH-UBND", day(2026, 1, 10),
                task(1, "Đúng hạn", day(2026, 2, 10), day(2026, 2, 5), FINANCE),
                task(2, "Xong muộn", day(2026, 1, 31), day(2026, 2, 3), FINANCE),
                task(3, "Hai đơn vị chủ trì, quá hạn", day(2026, 3, 1), null, HOME_AFFAIRS, FINANCE))),
                ReportPeriod.quarter(2026, 1, 15), ReportScope.ALL, day(2026, 3, 20));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProgressReportXlsxWriter().write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void totalsCountATaskWithTwoLeadUnitsOnceAndFollowAHandCorrection() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet sheet = wb.getSheet(ProgressReportXlsxWriter.UNITS_SHEET);
            int heading = ProgressReportXlsxWriter.HEADING_ROW;
            assertEquals("Sở Nội vụ", sheet.getRow(heading + 1).getCell(1).getStringCellValue());
            assertEquals("Sở Tài chính", sheet.getRow(heading + 2).getCell(1).getStringCellValue());
            Row total = sheet.getRow(heading + 4);
            assertEquals("Tổng cộng", total.getCell(1).getStringCellValue());
            assertTrue(total.getCell(2).getCellFormula().startsWith("SUM("), total.getCell(2).getCellFormula());
            assertEquals(3.0, total.getCell(2).getNumericCellValue(), "three tasks, the shared one once");
            assertEquals(1.0 / 3, total.getCell(9).getNumericCellValue(), 0.0001);

            sheet.getRow(heading + 2).getCell(4).setCellValue(3);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertEquals(5.0, total.getCell(2).getNumericCellValue());
            assertEquals(0.6, total.getCell(9).getNumericCellValue(), 0.0001);
        }
    }

    @Test
    void bothSheetsPrintOnA4LandscapeOnePageWideWithTheHeaderRowRepeated() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            for (Sheet sheet : List.of(wb.getSheet(ProgressReportXlsxWriter.UNITS_SHEET), wb.getSheet(ProgressReportXlsxWriter.OVERDUE_SHEET))) {
                PrintSetup print = sheet.getPrintSetup();
                assertTrue(print.getLandscape());
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
                assertEquals(1, print.getFitWidth());
                assertEquals(0, print.getFitHeight());
                assertEquals("4:4", sheet.getRepeatingRows().formatAsString().replace("$", ""));
            }
            Sheet overdue = wb.getSheet(ProgressReportXlsxWriter.OVERDUE_SHEET);
            Row first = overdue.getRow(ProgressReportXlsxWriter.HEADING_ROW + 1);
            assertEquals("Hai đơn vị chủ trì, quá hạn", first.getCell(2).getStringCellValue());
            assertEquals(day(2026, 3, 1), first.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(13.0, first.getCell(6).getNumericCellValue());
        }
    }
}

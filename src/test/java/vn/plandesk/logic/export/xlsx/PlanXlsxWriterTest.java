package vn.plandesk.logic.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;
import vn.plandesk.testing.PlanGenerator;

/** The workbook reopened with POI: what someone filtering, sorting and printing it relies on. */
class PlanXlsxWriterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static XSSFWorkbook write(Plan plan) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanXlsxWriter().write(plan, TODAY, out, ExportProgress.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null ? "" : c.getStringCellValue();
    }

    @Test
    void assignmentSheetHasEveryTaskInOrderWithRealDatesNextToTheDeadlineWords() throws Exception {
        Plan plan = PlanGenerator.plan(300, 11);
        XSSFWorkbook wb = write(plan);
        assertEquals(List.of("Phân công nhiệm vụ", "Theo đơn vị", "Theo dõi"),
                List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
        XSSFSheet sheet = wb.getSheet(PlanXlsxWriter.ASSIGNMENT_SHEET);
        assertTrue(text(sheet.getRow(1), 0).contains("15/KH-UBND"), "title block names the plan");
        assertEquals(plan.subject(), text(sheet.getRow(2), 0));
        Row head = sheet.getRow(4);
        List<String> headings = new ArrayList<>();
        head.forEach(c -> headings.add(c.getStringCellValue()));
        assertEquals(PlanXlsxWriter.ASSIGNMENT_HEADINGS, headings);

        List<Task> tasks = plan.allTasks();
        int t = 0;
        int groups = 0;
        for (int r = 5; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row.getCell(2) == null) {
                groups++;
                assertTrue(wb.getFontAt(row.getCell(1).getCellStyle().getFontIndex()).getBold(), "phase rows are bold");
                continue;
            }
            Task task = tasks.get(t++);
            assertEquals(task.content(), text(row, 1));
            assertEquals(String.join("\n", task.lead().stream().map(u -> u.name()).toList()), text(row, 2));
            assertEquals(String.join("\n", task.support().stream().map(u -> u.name()).toList()), text(row, 3));
            assertEquals(task.deadline().raw(), text(row, 4));
            Cell end = row.getCell(6);
            assertEquals(CellType.NUMERIC, end.getCellType(), "a date is a number, never text");
            assertTrue(DateUtil.isCellDateFormatted(end));
            assertEquals("dd/mm/yyyy", end.getCellStyle().getDataFormatString());
            assertEquals(task.deadline().end(), end.getLocalDateTimeCellValue().toLocalDate());
            assertTrue(row.getCell(1).getCellStyle().getWrapText());
            int lines = (int) Math.max(task.lead().size(), task.support().size());
            assertTrue(row.getHeightInPoints() >= 15 * Math.max(1, lines), "row " + r + " is tall enough for its units, one a line");
        }
        assertEquals(tasks.size(), t);
        assertEquals(plan.phases().size(), groups);

        assertEquals(5, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
        assertNotNull(sheet.getCTWorksheet().getAutoFilter());
        assertEquals("A5:I" + (sheet.getLastRowNum() + 1), sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals("5:5", sheet.getRepeatingRows().formatAsString().replace("$", ""), "print titles repeat the header");
        PrintSetup print = sheet.getPrintSetup();
        assertTrue(print.getLandscape());
        assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
        assertEquals(1, print.getFitWidth());
        assertEquals(0, print.getFitHeight());
        assertTrue(sheet.getFitToPage());
        assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0) * 5, "the content column is the wide one");
    }

    @Test
    void byUnitSheetHasOneBlockPerLeadUnitInVietnameseOrder() throws Exception {
        Plan plan = PlanGenerator.plan(200, 5);
        XSSFSheet sheet = write(plan).getSheet(PlanXlsxWriter.BY_UNIT_SHEET);
        List<String> units = new ArrayList<>();
        int rows = 0;
        for (int r = 5; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String name = text(row, 1);
            if (row.getCell(2) == null) {
                units.add(name.substring(0, name.lastIndexOf(" (")));
            } else {
                rows++;
            }
        }
        List<String> sorted = new ArrayList<>(units);
        sorted.sort(VietnameseText.comparator());
        assertEquals(sorted, units);
        assertEquals(plan.allTasks().stream().mapToInt(t -> t.lead().size()).sum(), rows);
    }

    @Test
    void followUpSheetStatesTheDateAndListsOverdueThenDueSoonWithDaysLate() throws Exception {
        Plan plan = PlanGenerator.plan(500, 9);
        XSSFSheet sheet = write(plan).getSheet(PlanXlsxWriter.FOLLOW_UP_SHEET);
        assertTrue(text(sheet.getRow(2), 0).startsWith("Tính đến ngày 01/06/2026"), text(sheet.getRow(2), 0));
        long overdue = plan.allTasks().stream().filter(t -> t.status(TODAY, 7) == TaskStatus.NOT_DONE_OVERDUE).count();
        long soon = plan.allTasks().stream().filter(t -> t.status(TODAY, 7) == TaskStatus.DUE_SOON).count();
        assertTrue(overdue > 0 && soon > 0, overdue + " / " + soon);
        assertEquals(overdue + soon, sheet.getLastRowNum() - 4);
        long previous = Long.MAX_VALUE;
        for (int r = 5; r < 5 + overdue; r++) {
            Row row = sheet.getRow(r);
            assertEquals("Quá hạn", text(row, 1));
            long late = (long) row.getCell(6).getNumericCellValue();
            assertTrue(late > 0 && late <= previous, "most days late first");
            previous = late;
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(5)));
        }
        assertEquals("Sắp đến hạn", text(sheet.getRow((int) (5 + overdue)), 1));
    }

    @Test
    void sampleWithoutNumberOrDateStillExports() throws Exception {
        Plan langSon = SamplePlans.plans().get(1);
        XSSFSheet sheet = write(langSon).getSheet(PlanXlsxWriter.ASSIGNMENT_SHEET);
        Row first = sheet.getRow(6);
        assertEquals("Hoàn thành dự thảo đề cương, dự toán xây dựng Đề án.", text(first, 1));
        assertEquals("Tháng 9-10/2018", text(first, 4));
        assertEquals(LocalDate.of(2018, 9, 1), first.getCell(5).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(LocalDate.of(2018, 10, 31), first.getCell(6).getLocalDateTimeCellValue().toLocalDate());
    }
}

package vn.plandesk.logic.export.unitreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.export.ExportDestination;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportOptions;
import vn.plandesk.logic.export.ExportRequest;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.ExportSubject;
import vn.plandesk.logic.export.xlsx.UnitReportXlsxWriter;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;
import vn.plandesk.model.Unit;

/** A unit's tasks gathered from every stored plan, then written as a letter and as a sheet. */
class UnitReportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    @Test
    void gathersTheTasksAUnitLeadsOrCooperatesOnAcrossPlansAndWritesThemReadyToSend() throws Exception {
        try (Store store = Store.open(dir.resolve("db"))) {
            SamplePlans.addTo(store.plans());
            List<Unit> units = store.units().list();
            List<Unit> office = UnitReport.unitsNamed(units, "van phong so");
            assertEquals(1, office.size(), office.toString());
            assertTrue(UnitReport.unitsNamed(units, "phong").size() > 1, "a part of many names is ambiguous");
            assertEquals(List.of(), UnitReport.unitsNamed(units, "Sở Ngoại vụ"));

            UnitReport report = UnitReport.collect(store, office.get(0), TODAY);
            assertEquals(2, report.assignments().size());
            UnitAssignment leads = report.assignments().stream().filter(UnitAssignment::leads).findFirst().orElseThrow();
            assertTrue(leads.task().content().startsWith("Văn phòng sở, các phòng, đơn vị"), leads.task().content());
            UnitAssignment cooperates = report.assignments().stream().filter(a -> !a.leads()).findFirst().orElseThrow();
            assertTrue(cooperates.task().content().startsWith("Tập hợp, hoàn thiện chứng từ"), cooperates.task().content());
            assertEquals(2, report.byPlan().size(), "one group per plan");
            assertEquals("25/KH-KHCN", report.sender().numberAndSymbol(), "the letter goes out from the latest plan's body");

            Path letter = dir.resolve("van-phong-so.docx");
            export(report, ExportFormat.DOCX, letter);
            try (XWPFDocument doc = new XWPFDocument(java.nio.file.Files.newInputStream(letter))) {
                List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertTrue(texts.contains("Kính gửi: " + office.get(0).fullName() + "."), texts.toString());
                assertTrue(texts.stream().anyMatch(t -> t.endsWith("đúng thời hạn./.")));
                XWPFTable header = doc.getTables().get(0);
                assertTrue(header.getRow(1).getCell(0).getText().contains("V/v thông báo nhiệm vụ được giao"));
                XWPFTable tasks = doc.getTables().get(1);
                assertTrue(tasks.getRow(0).isRepeatHeader());
                String all = tasks.getText();
                assertTrue(all.contains("Chủ trì") && all.contains("Phối hợp"), all);
                assertTrue(all.contains("Kế hoạch số 25/KH-KHCN ngày 25/02/2019 của Sở Khoa học và Công nghệ Bắc Giang"), all);
                assertTrue(all.contains("Kế hoạch của Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"), "a plan without number or date is cited without blanks");
                List<String> recipients = doc.getTables().get(2).getRow(0).getCell(0).getParagraphs().stream()
                        .map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
                assertEquals(List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT, QLCN."), recipients);
            }

            Path sheet = dir.resolve("van-phong-so.xlsx");
            export(report, ExportFormat.XLSX, sheet);
            try (XSSFWorkbook wb = new XSSFWorkbook(java.nio.file.Files.newInputStream(sheet))) {
                XSSFSheet s = wb.getSheet(UnitReportXlsxWriter.SHEET);
                assertEquals(4 + 2, s.getLastRowNum());
                assertEquals("Chủ trì", s.getRow(5).getCell(3).getStringCellValue());
                assertEquals("Phối hợp", s.getRow(6).getCell(3).getStringCellValue());
                assertTrue(s.getRow(1).getCell(0).getStringCellValue().endsWith("22/11/2026"));
                assertEquals("Không có hạn cụ thể", s.getRow(6).getCell(9).getStringCellValue(), "an undated duty says so");
            }
        }
    }

    private static void export(UnitReport report, ExportFormat format, Path target) throws Exception {
        new ExportService().export(new ExportRequest(ExportSubject.unit(report), format, ExportOptions.standard(TODAY),
                ExportDestination.file(target)), null, null);
    }
}

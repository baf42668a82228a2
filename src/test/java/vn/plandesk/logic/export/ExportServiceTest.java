package vn.plandesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.plandesk.logic.export.unitreport.UnitAssignment;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.ReportScope;
import vn.plandesk.logic.report.UrgingLetters;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.timeline.PageSetup;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Unit;
import vn.plandesk.testing.PlanGenerator;

/** The one entry point the window and the command line call: every format, progress, Stop, and failures. */
class ExportServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    private final Plan plan = PlanGenerator.plan(250, 1);

    private ExportResult export(ExportSubject subject, ExportFormat format, ExportDestination destination,
                                ExportProgress progress, BooleanSupplier cancelled) throws FileWriteException {
        return new ExportService().export(new ExportRequest(subject, format, ExportOptions.standard(TODAY), destination),
                progress, cancelled);
    }

    private ExportResult exportPlan(ExportFormat format, Path target) throws FileWriteException {
        return export(ExportSubject.plan(plan), format, ExportDestination.file(target), null, null);
    }

    @Test
    void everyFormatOfAPlanIsWrittenThroughTheOneEntryPoint() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            Path target = dir.resolve("plan." + format.extension());
            ExportResult result = exportPlan(format, target);
            assertTrue(result.files().size() >= 1 && result.files().stream().allMatch(Files::isRegularFile), format.name());
            assertTrue(Files.size(result.files().get(0)) > 1000, format + " holds the plan");
            assertEquals(format.isTimeline(), result.pages() > 0, format + ": a timeline says its pages");
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void pngPagesAreOneFileEachAndPdfCountsTheSamePages() throws Exception {
        PageSetup twoWide = PageSetup.defaults().withFit(2, 0);
        ExportOptions options = ExportOptions.standard(TODAY).withPages(twoWide);
        ExportResult png = new ExportService().export(new ExportRequest(ExportSubject.plan(plan), ExportFormat.PNG, options,
                ExportDestination.file(dir.resolve("tien-do.png"))), null, null);
        ExportResult pdf = new ExportService().export(new ExportRequest(ExportSubject.plan(plan), ExportFormat.PDF, options,
                ExportDestination.file(dir.resolve("tien-do.pdf"))), null, null);
        assertEquals(png.pages(), png.files().size());
        assertEquals(dir.resolve("tien-do-1.png"), png.files().get(0));
        assertEquals(png.pages(), pdf.pages());
        assertTrue(pdf.pages() >= 2, "two pages wide");
    }

    @Test
    void theTextFormatsGoToAStreamAsTheyGoToAFile() throws Exception {
        Path file = dir.resolve("plan.json");
        exportPlan(ExportFormat.JSON, file);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ExportResult printed = export(ExportSubject.plan(plan), ExportFormat.JSON, ExportDestination.stream(console), null, null);
        assertEquals(List.of(), printed.files());
        assertArrayEquals(Files.readAllBytes(file), console.toByteArray());
        assertEquals(plan.taskCount(), new PlanJson().read(console.toString(StandardCharsets.UTF_8)).taskCount());
        assertThrows(IllegalArgumentException.class, () -> export(ExportSubject.plan(plan), ExportFormat.PNG,
                ExportDestination.stream(console), null, null), "PNG pages are files");
    }

    @Test
    void aUnitIsWrittenAsALetterASheetOrACalendarAndNothingElse() throws Exception {
        Plan sample = SamplePlans.plans().get(1);
        Unit team = new Unit(null, "Tổ chuyên viên giúp việc", null, null, null, false);
        List<UnitAssignment> assignments = new ArrayList<>();
        sample.phases().forEach(phase -> phase.tasks().stream()
                .filter(t -> t.lead().stream().anyMatch(u -> u.name().equals(team.fullName())))
                .forEach(t -> assignments.add(new UnitAssignment(sample, phase.title(), t, true))));
        ExportSubject unit = ExportSubject.unit(new UnitReport(team, TODAY, assignments, sample));
        for (ExportFormat format : ExportSubject.UNIT_FORMATS) {
            Path target = dir.resolve("to." + format.extension());
            assertEquals(List.of(target), export(unit, format, ExportDestination.file(target), null, null).files());
        }
        assertTrue(Files.readString(dir.resolve("to.ics")).contains("SUMMARY:Hạn (chủ trì): "));
        assertThrows(IllegalArgumentException.class, () -> new ExportRequest(unit, ExportFormat.PDF,
                ExportOptions.standard(TODAY), ExportDestination.file(dir.resolve("to.pdf"))), "a unit has no timeline");
    }

    @Test
    void reportsProgressUpToEveryTask() throws Exception {
        for (ExportFormat format : List.of(ExportFormat.DOCX, ExportFormat.XLSX)) {
            List<int[]> told = new ArrayList<>();
            export(ExportSubject.plan(plan), format, ExportDestination.file(dir.resolve("plan." + format.extension())),
                    (done, total) -> told.add(new int[] {done, total}), null);
            assertTrue(told.size() > 2, format + " reports along the way");
            assertArrayEquals(new int[] {250, 250}, told.get(told.size() - 1), format + " ends at the last task");
        }
    }

    @Test
    void anExportStoppedHalfwayLeavesTheExistingFileAsItWas() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            Path target = Files.writeString(dir.resolve("ke-hoach." + format.extension()), "bản đã gửi", StandardCharsets.UTF_8);
            int[] asked = {0};
            // Stop is pressed after the export has begun: at the second look at it
            assertThrows(CancellationException.class, () -> export(ExportSubject.plan(plan), format,
                    ExportDestination.file(target), null, () -> ++asked[0] > 1), format.name());
            assertEquals("bản đã gửi", Files.readString(target), format.name());
            try (var files = Files.list(dir)) {
                assertEquals(List.of(target), files.toList(), format + ": no temporary file, no page left");
            }
            Files.delete(target);
        }
        FileWriteException e = assertThrows(FileWriteException.class,
                () -> exportPlan(ExportFormat.XLSX, dir.resolve("khong-co").resolve("x.xlsx")));
        assertTrue(e.getMessage().contains("không tồn tại"), e.getMessage());
    }

    @Test
    void theReportIsWrittenAsWordOrExcelThroughTheOneEntryPoint() throws Exception {
        ProgressReport report = ProgressReport.build(List.of(plan), ReportPeriod.wholeYear(2026, ReportPeriod.DEFAULT_CUT_OFF_DAY),
                ReportScope.ALL, TODAY);
        ExportSubject subject = ExportSubject.report(report);
        Path word = dir.resolve("bao-cao.docx");
        List<int[]> told = new ArrayList<>();
        assertEquals(List.of(word), export(subject, ExportFormat.DOCX, ExportDestination.file(word),
                (done, total) -> told.add(new int[] {done, total}), null).files());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(word))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("BÁO CÁO")));
        }
        assertTrue(!told.isEmpty(), "the Word report tells how far it has come");
        Path sheet = dir.resolve("bao-cao.xlsx");
        export(subject, ExportFormat.XLSX, ExportDestination.file(sheet), null, null);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sheet))) {
            assertEquals(2, wb.getNumberOfSheets(), "units and overdue tasks");
        }
        assertThrows(IllegalArgumentException.class, () -> new ExportRequest(subject, ExportFormat.PDF,
                ExportOptions.standard(TODAY), ExportDestination.file(dir.resolve("x.pdf"))), "a report has no timeline");
    }

    @Test
    void urgingLettersGoIntoAFolderOneFilePerUnitAndAStopLeavesNoLetter() throws Exception {
        UrgingLetters letters = UrgingLetters.build(List.of(plan.withIdentity(1L, 1)), TODAY, 30, TODAY.plusDays(7), null);
        assertTrue(letters.letters().size() > 1, "the generated plan has several units behind");
        ExportSubject subject = ExportSubject.letters(letters);
        Path folder = dir.resolve("cong-van");

        assertThrows(CancellationException.class, () -> export(subject, ExportFormat.DOCX, ExportDestination.folder(folder), null,
                new BooleanSupplier() {
                    private int asked;

                    @Override
                    public boolean getAsBoolean() {
                        return ++asked > 3;
                    }
                }));
        assertTrue(!Files.exists(folder), "no letter and no folder after a Stop");

        List<int[]> told = new ArrayList<>();
        ExportResult result = export(subject, ExportFormat.DOCX, ExportDestination.folder(folder),
                (done, total) -> told.add(new int[] {done, total}), null);
        assertEquals(letters.fileNames("docx").stream().map(folder::resolve).toList(), result.files());
        assertArrayEquals(new int[] {letters.letters().size(), letters.letters().size()}, told.get(told.size() - 1));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(result.files().get(0)))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Kính gửi: " + letters.letters().get(0).unitName())));
        }

        assertThrows(IllegalArgumentException.class, () -> new ExportRequest(subject, ExportFormat.DOCX,
                ExportOptions.standard(TODAY), ExportDestination.file(dir.resolve("one.docx"))), "letters are files in a folder");
        Path notFolder = Files.writeString(dir.resolve("a-file"), "x");
        FileWriteException e = assertThrows(FileWriteException.class,
                () -> export(subject, ExportFormat.DOCX, ExportDestination.folder(notFolder), null, null));
        assertTrue(e.getMessage().contains("không phải thư mục"), e.getMessage());
    }
}

package vn.plandesk.gui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.timeline.Paper;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanHeader;

/** The export dialog's model, without a screen: names, folders, every format, stop and failures. */
class ExportViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2020, 9, 15);
    private final Plan numbered = SamplePlans.plans().get(0);
    private final Plan unnumbered = SamplePlans.plans().get(1);
    private Preferences preferences;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.VIETNAMESE);
        preferences = Preferences.userRoot().node("vn/plandesk/test/export-" + UUID.randomUUID());
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        preferences.removeNode();
        Messages.setLocale(Messages.VIETNAMESE);
    }

    private ExportViewModel model(Plan plan) {
        return new ExportViewModel(plan, WorkCalendar.standard(), TODAY, LastExport.readFrom(preferences), preferences);
    }

    private List<Path> export(ExportViewModel model, Path target) throws FileWriteException {
        return model.export(target, (done, total) -> { }, () -> false);
    }

    @Test
    void theSuggestedNameComesFromTheNumberOrSaysDraft() {
        ExportViewModel model = model(numbered);
        assertEquals("KH-25-KH-KHCN.docx", model.suggestedFileName());
        model.formatProperty().set(ExportFormat.MSPDI);
        assertEquals("KH-25-KH-KHCN.xml", model.suggestedFileName());
        model.formatProperty().set(ExportFormat.DOCX);
        model.draftProperty().set(true);
        assertEquals("ke-hoach-du-thao.docx", model.suggestedFileName(), "a draft has no number yet");

        ExportViewModel draft = model(unnumbered);
        assertTrue(draft.draftProperty().get(), "a plan without a number is offered as a draft");
        draft.formatProperty().set(ExportFormat.XLSX);
        assertEquals("ke-hoach-du-thao.xlsx", draft.suggestedFileName());
        Messages.setLocale(Messages.ENGLISH);
        assertEquals("ke-hoach-draft.xlsx", draft.suggestedFileName());
    }

    @Test
    void charactersAFileNameCannotHoldAreReplaced() {
        Plan odd = numbered.withHeader(new PlanHeader(numbered.type(), "12/KH:UBND*?", numbered.governingBody(),
                numbered.issuer(), numbered.place(), numbered.issuedOn(), numbered.subject(), numbered.legalBases(),
                numbered.sections(), numbered.signer(), numbered.recipients(), numbered.status(), numbered.source(), numbered.notes()));
        assertEquals("KH-12-KH-UBND.pdf", withFormat(model(odd), ExportFormat.PDF).suggestedFileName());
    }

    private static ExportViewModel withFormat(ExportViewModel model, ExportFormat format) {
        model.formatProperty().set(format);
        return model;
    }

    @Test
    void theLastFolderAndFormatAreRememberedForTheNextExport() throws Exception {
        ExportViewModel first = model(numbered);
        assertEquals(Path.of(System.getProperty("user.home")), first.initialFolder(), "nothing remembered yet: the home folder");
        Path reports = Files.createDirectory(folder.resolve("Báo cáo"));
        first.formatProperty().set(ExportFormat.XLSX);
        first.remember(reports.resolve("KH-25.xlsx"));

        ExportViewModel next = model(numbered);
        assertEquals(reports, next.initialFolder());
        assertEquals(ExportFormat.XLSX, next.formatProperty().get());

        Files.delete(reports);
        assertEquals(Path.of(System.getProperty("user.home")), model(numbered).initialFolder(),
                "a folder that is gone is not offered");
    }

    @Test
    void theExtensionIsAddedWhenTheChooserLeftItOut() {
        ExportViewModel model = withFormat(model(numbered), ExportFormat.XLSX);
        assertEquals(folder.resolve("phan-cong.xlsx"), model.withExtension(folder.resolve("phan-cong")));
        assertEquals(folder.resolve("phan-cong.XLSX"), model.withExtension(folder.resolve("phan-cong.XLSX")));
    }

    @Test
    void wordExportHonoursTheOptions() throws Exception {
        ExportViewModel model = model(numbered);
        Path target = folder.resolve(model.suggestedFileName());
        assertEquals(List.of(target), export(model, target));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(target));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertTrue(text.getText().contains("25/KH-KHCN"));
            assertTrue(text.getText().contains("Thành lập Tổ biên tập"));
        }
        model.draftProperty().set(true);
        model.subjectInCapitalsProperty().set(true);
        export(model, target);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(target));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertFalse(text.getText().contains("25/KH-KHCN"), "a draft leaves the number blank");
            assertTrue(text.getText().contains("THAM MƯU XÂY DỰNG"));
        }
    }

    @Test
    void excelExportReportsItsProgressAndReopens() throws Exception {
        ExportViewModel model = withFormat(model(numbered), ExportFormat.XLSX);
        Path target = folder.resolve(model.suggestedFileName());
        List<int[]> told = new ArrayList<>();
        model.export(target, (done, total) -> told.add(new int[] {done, total}), () -> false);
        assertFalse(told.isEmpty());
        assertEquals(numbered.taskCount(), told.get(told.size() - 1)[1]);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            assertNotNull(workbook.getSheet("Phân công nhiệm vụ"));
            assertTrue(workbook.getSheet("Phân công nhiệm vụ").getLastRowNum() > numbered.taskCount());
        }
        assertEquals("Đã xuất bảng tính Excel ra " + target.toAbsolutePath() + ". Mở tệp ngay?", model.doneMessage(List.of(target)));
    }

    @Test
    void timelinePdfHasRealTextOnTheChosenPaper() throws Exception {
        ExportViewModel model = withFormat(model(numbered), ExportFormat.PDF);
        model.paperProperty().set(Paper.A3);
        model.pagesWideProperty().set(2);
        Path target = folder.resolve(model.suggestedFileName());
        export(model, target);
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertEquals(2, pdf.getNumberOfPages());
            assertEquals(Paper.A3.height(), pdf.getPage(0).getMediaBox().getWidth(), 1, "A3 landscape");
            assertTrue(new PDFTextStripper().getText(pdf).contains("Thành lập Tổ biên tập"));
        }
    }

    @Test
    void timelinePngWritesOneImagePerPage() throws Exception {
        ExportViewModel model = withFormat(model(numbered), ExportFormat.PNG);
        model.pagesWideProperty().set(2);
        Path target = folder.resolve(model.suggestedFileName());
        List<Path> written = export(model, target);
        assertEquals(List.of(folder.resolve("KH-25-KH-KHCN-1.png"), folder.resolve("KH-25-KH-KHCN-2.png")), written);
        for (Path page : written) {
            assertTrue(ImageIO.read(page.toFile()).getWidth() > 1000);
        }
        assertTrue(model.doneMessage(written).startsWith("Đã xuất 2 trang ảnh PNG"));
    }

    @Test
    void theTextFormatsWriteTheWholePlan() throws Exception {
        ExportViewModel model = withFormat(model(numbered), ExportFormat.JSON);
        Path json = folder.resolve(model.suggestedFileName());
        export(model, json);
        assertEquals(numbered.subject(), new PlanJson().read(json).subject());
        assertEquals(numbered.taskCount(), new PlanJson().read(json).taskCount());

        Path xml = folder.resolve(withFormat(model, ExportFormat.MSPDI).suggestedFileName());
        export(model, xml);
        String project = Files.readString(xml, StandardCharsets.UTF_8);
        assertTrue(project.contains("<Project") && project.contains("Thành lập Tổ biên tập"));

        Path ics = folder.resolve(withFormat(model, ExportFormat.ICS).suggestedFileName());
        export(model, ics);
        String calendar = Files.readString(ics, StandardCharsets.UTF_8);
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR"));
        assertTrue(calendar.contains("BEGIN:VEVENT"));
    }

    @Test
    void stoppingLeavesAnExistingFileIntact() throws Exception {
        for (ExportFormat format : List.of(ExportFormat.XLSX, ExportFormat.DOCX, ExportFormat.PDF, ExportFormat.JSON)) {
            ExportViewModel model = withFormat(model(numbered), format);
            Path target = folder.resolve(model.suggestedFileName());
            byte[] before = ("an earlier " + format + " the office already sent").getBytes(StandardCharsets.UTF_8);
            Files.write(target, before);
            boolean[] stop = {false};
            // the user presses Stop once the export has begun
            assertThrows(CancellationException.class, () -> model.export(target, (done, total) -> stop[0] = true,
                    () -> stop[0] || format == ExportFormat.PDF || format == ExportFormat.JSON && calledOnce(stop)), format.name());
            assertArrayEquals(before, Files.readAllBytes(target), format.name());
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of(target), files.toList(), "no temporary file is left behind");
            }
            Files.delete(target);
        }
    }

    /** False the first time (the export starts), true afterwards (Stop pressed while writing). */
    private static boolean calledOnce(boolean[] seen) {
        boolean before = seen[0];
        seen[0] = true;
        return before;
    }

    @Test
    void aFolderInTheWayGivesTheTranslatedMessage() throws Exception {
        ExportViewModel model = model(numbered);
        Path inTheWay = Files.createDirectory(folder.resolve(model.suggestedFileName()));
        FileWriteException failure = assertThrows(FileWriteException.class, () -> export(model, inTheWay));
        String message = model.failureMessage(failure, inTheWay);
        assertEquals(inTheWay.toAbsolutePath() + " là một thư mục, không phải tệp.", message);
        assertTrue(Files.isDirectory(inTheWay));
    }

    @Test
    void anUnexpectedFailureStillGetsASentenceAndNoStackTrace() {
        ExportViewModel model = model(numbered);
        Messages.setLocale(Messages.ENGLISH);
        Path target = folder.resolve("KH.docx");
        assertEquals("Could not export " + target.toAbsolutePath() + ". Any existing file is left as it was.",
                model.failureMessage(new IllegalStateException("broken"), target));
    }
}

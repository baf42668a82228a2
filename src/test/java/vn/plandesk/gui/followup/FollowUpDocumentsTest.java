package vn.plandesk.gui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.JUSTICE;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import vn.plandesk.gui.background.StepTaskExecutor;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.followup.UnitGroup;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * The report and the urging letters as Theo dõi makes them, without a screen: the dialogs' choices
 * set as a user would, the documents written through the one export entry point, refusals in one
 * line; and the list filtered to overdue or falling-due tasks as the "Hôm nay" links ask.
 */
class FollowUpDocumentsTest {
    private static final LocalDate TODAY = day(2026, 3, 20);

    @TempDir
    Path folder;
    private Store store;
    private final ScriptedFollowUpDialogs dialogs = new ScriptedFollowUpDialogs();
    private FollowUpViewModel viewModel;

    @BeforeEach
    void open() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder.resolve("store"));
        store.plans().create(plan(0, "15/KH-UBND", day(2026, 1, 15),
                task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, FINANCE),
                task(0, "Tổng hợp báo cáo quý", day(2026, 3, 24), null, HOME_AFFAIRS),
                task(0, "Rà soát hồ sơ", day(2026, 2, 10), day(2026, 2, 9), FINANCE),
                task(0, "Kiểm tra văn bản", day(2026, 3, 10), null, JUSTICE)));
        viewModel = new FollowUpViewModel(store.plans(), dialogs, new StoreChanges(), () -> TODAY, new ImmediateTaskExecutor());
        viewModel.report().kindProperty().set(ReportPeriod.Kind.YEAR);
        viewModel.report().yearProperty().set(2026);
    }

    @AfterEach
    void close() {
        viewModel.dispose();
        store.close();
    }

    @Test
    void theReportIsWrittenForThePeriodShownWithTheFiguresShown() throws Exception {
        viewModel.exportReport();
        ReportExportViewModel report = dialogs.reportExport;
        assertEquals(List.of(FINANCE, HOME_AFFAIRS, JUSTICE).stream().sorted().toList(), report.unitNames().stream().sorted().toList());
        assertEquals("bao-cao-nam-2026.docx", report.targetProperty().get().getFileName().toString());
        report.period().kindProperty().set(ReportPeriod.Kind.QUARTER);
        report.period().indexProperty().set(1);
        assertEquals("bao-cao-quy-i-nam-2026.docx", report.targetProperty().get().getFileName().toString(),
                "the file suggested follows the period chosen");
        assertEquals(ReportPeriod.Kind.YEAR, viewModel.report().kindProperty().get(), "the view's own period is left as it was");
        report.period().kindProperty().set(ReportPeriod.Kind.YEAR);

        Path word = folder.resolve("bao-cao.docx");
        report.targetProperty().set(word);
        report.export();
        assertEquals(List.of(word), report.run().writtenProperty().get());
        assertEquals("Đã ghi báo cáo năm 2026 vào " + word.toAbsolutePath(), report.run().statusProperty().get());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(word))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("BÁO CÁO")));
        }

        report.formatProperty().set(ExportFormat.XLSX);
        assertEquals(folder.resolve("bao-cao.xlsx"), report.targetProperty().get(), "the file follows the format chosen");
        report.unitProperty().set(FINANCE);
        report.export();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(folder.resolve("bao-cao.xlsx")))) {
            assertEquals(FINANCE, wb.getSheetAt(0).getRow(4).getCell(1).getStringCellValue(), "only the unit chosen");
            int total = (int) wb.getSheetAt(0).getRow(4).getCell(2).getNumericCellValue();
            assertEquals(viewModel.report().reportProperty().get().rows().stream()
                    .filter(r -> r.name().equals(FINANCE)).findFirst().orElseThrow().counts().total(), total,
                    "the unit's row: the figure the view shows");
        }
    }

    @Test
    void aReportThatCannotBeMadeSaysWhyInOneLineAndWritesNothing() {
        viewModel.exportReport();
        ReportExportViewModel report = dialogs.reportExport;
        report.period().yearProperty().set(2010);
        Path target = folder.resolve("bao-cao-2010.docx");
        report.targetProperty().set(target);
        report.export();
        assertEquals("Không có nhiệm vụ nào trong kỳ báo cáo năm 2010.", report.run().statusProperty().get());
        assertFalse(report.run().runningProperty().get());

        report.period().yearProperty().set(2026);
        report.targetProperty().set(folder.resolve("khong-co").resolve("bao-cao.docx"));
        report.export();
        assertTrue(report.run().statusProperty().get().contains("không tồn tại"), report.run().statusProperty().get());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), dialogs.shown, "refusals are a line in the dialog, not another window");
        assertEquals(2026, viewModel.report().yearProperty().get(), "the view's own period is left as it was");
    }

    @Test
    void lettersGoToTheUnitsPickedInTheListOneFileEach() throws Exception {
        UnitGroup finance = viewModel.dueListProperty().get().groups().stream().filter(g -> g.name().equals(FINANCE)).findFirst().orElseThrow();
        viewModel.pickedUnits().setAll(finance);
        viewModel.urgePickedUnits();
        UrgingLettersViewModel letters = dialogs.urgingLetters;
        assertEquals(List.of(HOME_AFFAIRS, FINANCE, JUSTICE), letters.units().stream().map(UrgingLettersViewModel.UnitChoice::name).toList());
        assertEquals(List.of(FINANCE), chosen(letters));
        assertEquals(TODAY.plusDays(7), letters.reportByProperty().get());

        Path into = folder.resolve("cong-van");
        letters.folderProperty().set(into);
        letters.write();
        assertEquals(List.of("So_Tai_chinh.docx"), files(into));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(into.resolve("So_Tai_chinh.docx")))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Kính gửi: " + FINANCE)));
        }

        letters.units().forEach(u -> u.chosenProperty().set(true));
        letters.write();
        assertEquals(List.of("So_Noi_vu.docx", "So_Tai_chinh.docx", "So_Tu_phap.docx"), files(into));
        assertEquals("Đã soạn 3 công văn đôn đốc trong " + into.toAbsolutePath(), letters.run().statusProperty().get());
    }

    @Test
    void withNothingPickedEveryUnitIsOfferedAndTheDaysChosenChangeWhichUnits() {
        viewModel.urgePickedUnits();
        UrgingLettersViewModel letters = dialogs.urgingLetters;
        assertEquals(List.of(HOME_AFFAIRS, FINANCE, JUSTICE), chosen(letters));

        letters.withinDaysProperty().set(0);
        assertEquals(List.of(FINANCE, JUSTICE), letters.units().stream().map(UrgingLettersViewModel.UnitChoice::name).toList(),
                "the task due in 4 days is no longer urged");
        letters.units().forEach(u -> u.chosenProperty().set(false));
        letters.folderProperty().set(folder.resolve("x"));
        letters.write();
        assertEquals("Hãy chọn ít nhất một đơn vị có nhiệm vụ quá hạn hay đến hạn trong 0 ngày tới.", letters.run().statusProperty().get());
        assertFalse(Files.exists(folder.resolve("x")));
    }

    @Test
    void theListShowsOnlyOverdueOrOnlyFallingDueTasksWhenAsked() {
        viewModel.shownProperty().set(FollowUpViewModel.Shown.OVERDUE);
        assertEquals(List.of("Kiểm tra văn bản", "Trình dự thảo Quyết định"), contents());
        viewModel.shownProperty().set(FollowUpViewModel.Shown.DUE_SOON);
        assertEquals(List.of("Tổng hợp báo cáo quý"), contents());
        viewModel.shownProperty().set(FollowUpViewModel.Shown.ALL);
        assertEquals(3, contents().size());
    }

    private List<String> contents() {
        return viewModel.dueListProperty().get().items().stream().map(i -> i.task().content()).sorted().toList();
    }

    private static List<String> chosen(UrgingLettersViewModel letters) {
        return letters.units().stream().filter(u -> u.chosenProperty().get()).map(UrgingLettersViewModel.UnitChoice::name).toList();
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aChooserOpensInTheFolderChosenAsTheBackgroundFindsItNotAsTheButtonIsPressed() throws Exception {
        StepTaskExecutor executor = new StepTaskExecutor();
        FollowUpViewModel followUp = new FollowUpViewModel(store.plans(), dialogs, new StoreChanges(), () -> TODAY, executor);
        followUp.exportReport();
        ReportExportViewModel report = dialogs.reportExport;
        Path reports = folder.resolve("bao-cao");
        report.targetProperty().set(reports.resolve("quy-1.docx"));
        List<String> opened = new ArrayList<>();

        executor.hold = true;
        report.chooseTarget((start, name) -> {
            opened.add(start + " " + name);
            return reports.resolve("quy-1-ban-2.docx");
        });
        assertEquals(List.of(), opened, "no chooser while the folder is being looked at (a share may not answer)");
        // made after "Chọn…" was pressed: found only if the folder is looked at in the background work
        Files.createDirectory(reports);
        executor.runHeld();
        assertEquals(List.of(reports + " " + report.suggestedFileName()), opened);
        assertEquals(reports.resolve("quy-1-ban-2.docx"), report.targetProperty().get());

        followUp.urgePickedUnits();
        UrgingLettersViewModel letters = dialogs.urgingLetters;
        Path into = folder.resolve("cong-van");
        letters.folderProperty().set(into);
        letters.chooseFolder(start -> {
            opened.add(String.valueOf(start));
            return null;
        });
        executor.runHeld();
        assertEquals("null", opened.get(1), "a folder not there: the chooser opens where the system likes");
        letters.chooseFolder(start -> {
            opened.add(String.valueOf(start));
            return null;
        });
        Files.createDirectory(into);
        executor.runHeld();
        assertEquals(into.toString(), opened.get(2));
        assertEquals(into, letters.folderProperty().get(), "closed without choosing: the folder is kept");
        followUp.dispose();
    }
}

package vn.plandesk.gui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.StepTaskExecutor;
import vn.plandesk.logic.followup.FollowUpItem;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.followup.StateCounts;
import vn.plandesk.logic.followup.UnitGroup;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Unit;

/** The follow-up view model over a real store, without a screen: lists, actions, changes from elsewhere, the report. */
class FollowUpViewModelTest {
    private static final LocalDate TODAY = day(2026, 3, 20);

    @TempDir
    Path folder;
    private Store store;
    private final ScriptedFollowUpDialogs dialogs = new ScriptedFollowUpDialogs();
    private final StoreChanges changes = new StoreChanges();
    private final List<StoreChanges.Change> published = new ArrayList<>();
    private final StepTaskExecutor background = new StepTaskExecutor();
    private FollowUpViewModel viewModel;
    private long planId;

    @BeforeEach
    void open() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder);
        planId = store.plans().create(plan(0, "15/KH-UBND", day(2026, 1, 15),
                task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, FINANCE),
                task(0, "Tổng hợp báo cáo quý", day(2026, 3, 24), null, HOME_AFFAIRS),
                task(0, "Rà soát hồ sơ", day(2026, 2, 10), day(2026, 2, 9), FINANCE),
                task(0, "Hội nghị sơ kết", day(2026, 5, 15), null)));
        changes.subscribe(published::add);
        viewModel = new FollowUpViewModel(store.plans(), dialogs, changes, () -> TODAY, background);
    }

    @AfterEach
    void close() {
        viewModel.dispose();
        store.close();
    }

    @Test
    void listsOverdueAndDueSoonTasksByLeadUnit() {
        assertEquals(List.of("Sở Nội vụ", "Sở Tài chính"), groupNames());
        assertEquals("1 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày tới · 1 kế hoạch", viewModel.statusTextProperty().get());
        FollowUpItem late = item("Trình dự thảo Quyết định");
        assertEquals("19 ngày", FollowUpTexts.days(late));
        assertEquals("Trước ngày 1/3/2026 (01/03/2026)", FollowUpTexts.deadlineInForce(late));
        assertEquals("Quá hạn", FollowUpTexts.status(late));
        assertEquals("còn 4 ngày", FollowUpTexts.days(item("Tổng hợp báo cáo quý")));

        viewModel.daysAheadProperty().set(60);
        assertEquals(List.of("Sở Nội vụ", "Sở Tài chính", "Chưa giao đơn vị chủ trì"), groupNames());
    }

    @Test
    void aTaskMarkedDoneLeavesTheListAndTheChangeIsPublished() throws StoreException {
        viewModel.selectedProperty().set(item("Trình dự thảo Quyết định"));
        dialogs.completionDates.add(Optional.of(day(2026, 3, 19)));

        viewModel.markSelectedDone();

        assertEquals(List.of("Sở Nội vụ"), groupNames());
        assertEquals(0, viewModel.dueListProperty().get().overdueTasks());
        assertEquals(day(2026, 3, 19), store.plans().load(planId).allTasks().get(0).completedOn());
        assertEquals(List.of(new StoreChanges.Change(planId, viewModel)), published);
    }

    @Test
    void aTaskMarkedDoneIsStoredOnTheBackgroundExecutorNotWhileTheScreenWaits() throws StoreException {
        viewModel.selectedProperty().set(item("Trình dự thảo Quyết định"));
        dialogs.completionDates.add(Optional.of(day(2026, 3, 19)));
        background.hold = true;

        viewModel.markSelectedDone();

        assertEquals(null, store.plans().load(planId).allTasks().get(0).completedOn(), "nothing written on the JavaFX thread");
        assertEquals(1, viewModel.dueListProperty().get().overdueTasks());
        assertTrue(viewModel.storingProperty().get());
        assertEquals("Đang lưu: “Trình dự thảo Quyết định” đã hoàn thành…", viewModel.statusTextProperty().get());
        background.hold = false;
        background.runHeld();
        assertEquals(day(2026, 3, 19), store.plans().load(planId).allTasks().get(0).completedOn());
        assertEquals(0, viewModel.dueListProperty().get().overdueTasks());
        assertEquals(List.of(new StoreChanges.Change(planId, viewModel)), published);
        assertFalse(viewModel.storingProperty().get());
        assertEquals("0 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày tới · 1 kế hoạch", viewModel.statusTextProperty().get());
    }

    @Test
    void anExtensionUnderWaySaysSoUntilStoredEvenWhenTheListIsReadMeanwhile() {
        viewModel.selectedProperty().set(item("Trình dự thảo Quyết định"));
        dialogs.extensions.add(Optional.of(new FollowUpDialogs.ExtensionRequest("Trước ngày 31/3/2026", null, "")));
        background.hold = true;

        viewModel.extendSelected();
        background.hold = false;
        viewModel.refresh(); // another desk's change read meanwhile

        assertEquals("Đang lưu thời hạn mới của “Trình dự thảo Quyết định”…", viewModel.statusTextProperty().get());
        assertTrue(viewModel.storingProperty().get());
        background.runHeld();
        assertFalse(viewModel.storingProperty().get());
        assertEquals(0, viewModel.dueListProperty().get().overdueTasks());
    }

    @Test
    void aRefusedWriteEndsTheWaitAndTheStatusLineShowsTheCountsAgain() throws StoreException {
        viewModel.selectedProperty().set(item("Trình dự thảo Quyết định"));
        dialogs.completionDates.add(Optional.of(day(2026, 3, 19)));
        background.hold = true;
        viewModel.markSelectedDone();
        store.plans().delete(planId, store.plans().load(planId).version()); // gone before the write reaches the store

        background.hold = false;
        background.runHeld();

        assertFalse(viewModel.storingProperty().get());
        assertEquals(2, dialogs.shown.size(), dialogs.shown.toString());
        assertTrue(dialogs.shown.get(1).startsWith(Messages.get("followup.done.failed") + ": "), dialogs.shown.toString());
        assertEquals("0 nhiệm vụ quá hạn, 0 nhiệm vụ đến hạn trong 7 ngày tới · 0 kế hoạch", viewModel.statusTextProperty().get());
    }

    @Test
    void aReadOnlyWindowNeitherAsksNorStoresADoneDateOrAnExtension() throws StoreException {
        viewModel.editingAllowedProperty().set(false);
        viewModel.selectedProperty().set(item("Trình dự thảo Quyết định"));

        viewModel.markSelectedDone();
        viewModel.extendSelected();

        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
        assertEquals(null, store.plans().load(planId).allTasks().get(0).completedOn());
        assertTrue(store.plans().load(planId).allTasks().get(0).extensions().isEmpty());
        assertTrue(published.isEmpty());
    }

    @Test
    void cancellingTheDateChangesNothing() throws StoreException {
        viewModel.selectedProperty().set(item("Trình dự thảo Quyết định"));
        dialogs.completionDates.add(Optional.empty());

        viewModel.markSelectedDone();

        assertEquals(1, viewModel.dueListProperty().get().overdueTasks());
        assertEquals(null, store.plans().load(planId).allTasks().get(0).completedOn());
        assertTrue(published.isEmpty());
    }

    @Test
    void anExtendedTaskIsWithinItsDeadlineAndShowsBothDeadlines() {
        viewModel.selectedProperty().set(item("Trình dự thảo Quyết định"));
        dialogs.extensions.add(Optional.of(new FollowUpDialogs.ExtensionRequest("trước ngày 25/3", TODAY, "Chờ ý kiến Bộ")));

        viewModel.extendSelected();

        assertEquals(List.of("Hiểu là: 25/03/2026"), dialogs.readAs, "the year is the plan's");
        FollowUpItem extended = item("Trình dự thảo Quyết định");
        assertEquals(0, viewModel.dueListProperty().get().overdueTasks());
        assertEquals("Sắp đến hạn (đã gia hạn)", FollowUpTexts.status(extended));
        assertEquals("trước ngày 25/3 (25/03/2026)\nHạn ban đầu: Trước ngày 1/3/2026 (01/03/2026)", FollowUpTexts.deadlineInForce(extended));
        assertEquals("còn 5 ngày", FollowUpTexts.days(extended));
    }

    @Test
    void anExtensionNotUnderstoodIsExplainedAndNothingIsStored() throws StoreException {
        viewModel.selectedProperty().set(item("Trình dự thảo Quyết định"));
        dialogs.extensions.add(Optional.of(new FollowUpDialogs.ExtensionRequest("sau Tết", TODAY, null)));

        viewModel.extendSelected();

        assertEquals("Chưa gia hạn được: Không hiểu thời hạn “sau Tết”. Hãy ghi như “trước ngày 30/6/2026” hoặc “Quý III/2026”.",
                dialogs.shown.get(dialogs.shown.size() - 1));
        assertTrue(store.plans().load(planId).allTasks().get(0).extensions().isEmpty());
        assertEquals(1, viewModel.dueListProperty().get().overdueTasks());
    }

    @Test
    void aUnitRenamedElsewhereShowsItsNewName() throws StoreException {
        Unit finance = store.units().findByName(FINANCE);
        store.units().rename(finance.id(), "Sở Tài chính tỉnh Lạng Sơn", null);

        changes.unitsChanged(this);

        assertEquals(List.of("Sở Nội vụ", "Sở Tài chính tỉnh Lạng Sơn"), groupNames());
    }

    @Test
    void reportsTheChosenPeriodWithTheDecree09CutOff() {
        ReportSettings report = viewModel.report();
        assertEquals(ReportPeriod.quarter(2026, 2, 15), report.period(), "the quarter today falls in");

        report.indexProperty().set(1);

        assertEquals("Quý I/2026 (15/12/2025 – 14/03/2026), số liệu tính đến ngày 14/03/2026", report.titleProperty().get());
        List<ReportSettings.Row> rows = report.rows();
        assertEquals(List.of("Sở Nội vụ", "Sở Tài chính", "Chưa giao đơn vị chủ trì", "Tổng cộng"),
                rows.stream().map(ReportSettings.Row::unitName).toList());
        assertEquals(new StateCounts(1, 0, 2, 1, 0), rows.get(3).counts());
        assertEquals("50,00%", rows.get(3).counts().shareDoneOnTimeText());
        assertTrue(rows.get(3).allUnits());

        report.cutOffDayProperty().set(1);
        assertEquals("Quý I/2026 (01/01/2026 – 31/03/2026), số liệu tính đến ngày 20/03/2026", report.titleProperty().get());

        report.kindProperty().set(ReportPeriod.Kind.CUSTOM);
        report.customToProperty().set(day(2025, 1, 1));
        assertEquals(Messages.get("followup.report.badDates"), report.titleProperty().get());
        assertTrue(report.rows().isEmpty());
    }

    private List<String> groupNames() {
        return viewModel.dueListProperty().get().groups().stream().map(UnitGroup::name).toList();
    }

    private FollowUpItem item(String content) {
        return viewModel.dueListProperty().get().items().stream().filter(i -> i.task().content().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + content));
    }
}

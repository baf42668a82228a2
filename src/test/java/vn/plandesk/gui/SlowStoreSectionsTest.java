package vn.plandesk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;
import static vn.plandesk.gui.units.UnitTableOnScreen.shownUnits;
import static vn.plandesk.gui.units.UnitTableOnScreen.unitRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import vn.plandesk.gui.background.FxTaskExecutor;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import vn.plandesk.gui.connection.ConnectionDialog;
import vn.plandesk.gui.connection.ConnectionViewModel;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.editor.TaskClipboard;
import vn.plandesk.gui.followup.FollowUpView;
import vn.plandesk.gui.followup.FollowUpViewModel;
import vn.plandesk.gui.followup.FxFollowUpDialogs;
import vn.plandesk.gui.mainwindow.ConnectionStatusViewModel;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.gui.settings.CountingPreferences;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.gui.timeline.OfficeCalendar;
import vn.plandesk.gui.timeline.TimelineView;
import vn.plandesk.gui.timeline.TimelineViewModel;
import vn.plandesk.gui.today.TodayView;
import vn.plandesk.gui.today.TodayViewModel;
import vn.plandesk.gui.units.FxUnitDialogs;
import vn.plandesk.gui.units.UnitsView;
import vn.plandesk.gui.units.UnitsViewModel;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.followup.FollowUpItem;
import vn.plandesk.logic.followup.UnitGroup;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.ChangeNotice;
import vn.plandesk.logic.store.ServerHealth;
import vn.plandesk.logic.store.SlowStore;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Task;
import vn.plandesk.model.Unit;

/**
 * The window beyond the plan list and the editor's edits, on a store that takes 300 ms for every call:
 * Theo dõi (its list, marking done, extending, its report and letters), the units directory (filtering,
 * where a unit is used, renaming, merging, stopping a unit), a plan copied for next year, what other
 * desks change, "Hôm nay", the timeline's holidays and the office server's connection all reach the
 * store while the window keeps painting, never on the JavaFX thread; what only filters or counts what
 * was read asks the store nothing; and while the store has not answered, the sections say what they
 * wait for. Each section is opened as the window opens it on first use: its view model and view made
 * on the JavaFX thread. SlowStoreWindowTest covers the plan list, the editor, export and import.
 */
@ExtendWith(ApplicationExtension.class)
class SlowStoreSectionsTest {
    private static final Duration CALL = Duration.ofMillis(300);
    private static final LocalDate TODAY = day(2026, 3, 20);
    private static final String MISSPELT_FINANCE = "Sở Tài chánh";
    /** The window's clock: 09:41 in Hà Nội on {@link #TODAY}, the time said of other desks' changes and of the server. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T02:41:05Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path folder;
    private Store store;
    private SlowStore slow;
    private final List<Long> planIds = new ArrayList<>();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final StoreChanges changes = new StoreChanges();
    private final WindowPaints paints = new WindowPaints();
    /** Where the sections are shown, as the window's tabs hold them. */
    private final BorderPane window = new BorderPane();
    private final List<Runnable> closings = new ArrayList<>();
    private Stage stage;
    private FollowUpViewModel followUp;
    /** How the units directory's questions are answered: as recorded, unless a test says otherwise. */
    private DialogService unitAnswers = dialogs;

    @Start
    void start(Stage stage) throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        this.stage = stage;
        store = Store.open(folder.resolve("plandesk"));
        planIds.add(store.plans().create(plan(0, "15/KH-UBND", day(2026, 1, 15),
                task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, FINANCE),
                task(0, "Tổng hợp báo cáo quý", day(2026, 3, 24), null, HOME_AFFAIRS))));
        planIds.add(store.plans().create(plan(0, "40/KH-UBND", day(2026, 2, 1),
                task(0, "Rà soát hồ sơ thẩm định", day(2026, 3, 5), null, FINANCE),
                task(0, "Báo cáo kết quả", day(2026, 3, 6), null, MISSPELT_FINANCE))));
        slow = new SlowStore(store, CALL);
        stage.setScene(new Scene(window, 1200, 760));
        stage.show();
        showTheSectionsOnce();
        paints.start();
    }

    /**
     * Both sections, made on the quick store, are painted a few times before the test: the first tree table
     * and table of a test JVM load and style their classes, and their first frames draw every glyph anew,
     * for most of a second on a busy machine; the window would have done that long before, and it is no
     * store's doing.
     */
    private void showTheSectionsOnce() {
        StoreChanges unheard = new StoreChanges();
        ImmediateTaskExecutor atOnce = new ImmediateTaskExecutor();
        FollowUpViewModel quickFollowUp = new FollowUpViewModel(store.plans(), new FxFollowUpDialogs(dialogs, stage), unheard,
                () -> TODAY, atOnce);
        UnitsViewModel quickUnits = new UnitsViewModel(store.units(), dialogs, new FxUnitDialogs(new FxDialogService(stage)), unheard,
                atOnce);
        window.setCenter(new SplitPane(new FollowUpView(quickFollowUp), new UnitsView(quickUnits)));
    }

    @BeforeEach
    void takeTheSectionsAwayOncePainted(FxRobot robot) throws Exception {
        FxWaits.until(() -> paints.count() >= 3);
        robot.interact(() -> window.setCenter(null));
    }

    @Stop
    void stop() {
        paints.stop();
        slow.release();
        closings.forEach(Runnable::run);
        executor.shutdown();
        store.close();
    }

    // ------------------------------------------------------------------ Theo dõi, đôn đốc

    @Test
    void followUpReadsEveryPlanWhileTheWindowPaintsAndChoosingWhatToShowAsksTheStoreNothing(FxRobot robot) throws Exception {
        paints.assertPaintsWhile(slow, () -> robot.interact(() -> window.setCenter(followUpSection())), this::followUpSettled);
        assertEquals("3 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày tới · 2 kế hoạch", text(robot, "#followUpStatus"));
        int callsBefore = slow.calls().size();

        robot.clickOn("#followUpShown").clickOn("Chỉ quá hạn");
        robot.interact(() -> daysAhead(robot).getValueFactory().setValue(30));

        assertEquals(List.of("Báo cáo kết quả", "Rà soát hồ sơ thẩm định", "Trình dự thảo Quyết định"), shownTasks(robot));
        assertEquals("3 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 30 ngày tới · 2 kế hoạch", text(robot, "#followUpStatus"));
        assertEquals(callsBefore, slow.calls().size(), "the list is filtered from the plans read");
    }

    @Test
    void whileThePlansAreReadFollowUpSaysSoRatherThanThatNothingIsDue(FxRobot robot) throws Exception {
        slow.hold();
        robot.interact(() -> window.setCenter(followUpSection()));

        assertEquals("Đang đọc các kế hoạch…", text(robot, "#followUpStatus"));
        assertEquals("Đang đọc các kế hoạch…", placeholder(robot.lookup("#followUpTree").queryAs(TreeTableView.class).getPlaceholder()));
        assertEquals("Đang đọc các kế hoạch…", placeholder(robot.lookup("#reportTable").queryAs(TableView.class).getPlaceholder()));

        slow.release();
        FxWaits.until(30, this::followUpSettled);
        assertEquals("3 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày tới · 2 kế hoạch", text(robot, "#followUpStatus"));
        robot.clickOn("#followUpShown").clickOn("Chỉ sắp đến hạn");
        robot.interact(() -> daysAhead(robot).getValueFactory().setValue(0));
        assertEquals("Không có nhiệm vụ nào quá hạn hay đến hạn trong 0 ngày tới.",
                placeholder(robot.lookup("#followUpTree").queryAs(TreeTableView.class).getPlaceholder()));
    }

    @Test
    void aTaskMarkedDoneInFollowUpIsStoredWhileTheWindowPaints(FxRobot robot) throws Exception {
        openFollowUp(robot);
        robot.clickOn("Trình dự thảo Quyết định");
        robot.clickOn("#markDone");

        paints.assertPaintsWhile(slow, () -> robot.clickOn("Hoàn thành"),
                () -> followUpSettled() && !shownTasks(robot).contains("Trình dự thảo Quyết định"));

        assertEquals(TODAY, storedTask(0, 0).completedOn());
        assertEquals("2 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày tới · 2 kế hoạch", text(robot, "#followUpStatus"));
    }

    @Test
    void whileATaskMarkedDoneIsStoredFollowUpSaysSoAndWaitsWithItsActions(FxRobot robot) throws Exception {
        openFollowUp(robot);
        robot.clickOn("Trình dự thảo Quyết định");
        robot.clickOn("#markDone");
        slow.hold();
        robot.clickOn("Hoàn thành");

        FxWaits.until(() -> text(robot, "#followUpStatus").equals("Đang lưu: “Trình dự thảo Quyết định” đã hoàn thành…"));
        assertTrue(robot.lookup("#followUpBusy").query().isVisible());
        assertTrue(robot.lookup("#markDone").query().isDisabled(), "not twice while it is stored");
        assertTrue(robot.lookup("#extendDeadline").query().isDisabled());
        assertEquals(null, storedTask(0, 0).completedOn(), "not stored yet");

        slow.release();
        FxWaits.until(30, () -> followUpSettled() && !shownTasks(robot).contains("Trình dự thảo Quyết định"));
        assertEquals("2 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày tới · 2 kế hoạch", text(robot, "#followUpStatus"));
        assertFalse(robot.lookup("#followUpBusy").query().isVisible());
        assertEquals(TODAY, storedTask(0, 0).completedOn());
    }

    @Test
    void anExtensionIsReadAsTypedWithoutTheStoreThenStoredWhileTheWindowPaints(FxRobot robot) throws Exception {
        openFollowUp(robot);
        robot.clickOn("Rà soát hồ sơ thẩm định");
        robot.clickOn("#extendDeadline");
        int callsBefore = slow.calls().size();
        robot.clickOn("#extensionWords").write("truoc ngay 26/3");
        assertEquals("Hiểu là: 26/03/2026", text(robot, "#extensionReadAs"));
        assertEquals(callsBefore, slow.calls().size(), "the words are read without the store");

        paints.assertPaintsWhile(slow, () -> robot.clickOn("Gia hạn"),
                () -> followUpSettled() && text(robot, "#followUpStatus").startsWith("2 nhiệm vụ quá hạn, 2 nhiệm vụ đến hạn"));

        assertEquals(day(2026, 3, 26), storedTask(1, 0).deadlineInForce().due());
    }

    @Test
    void theReportAndTheUrgingLettersAreWrittenFromThePlansReadWhileTheWindowPaints(FxRobot robot) throws Exception {
        openFollowUp(robot);
        int callsBefore = slow.calls().size();

        Path report = folder.resolve("bao-cao.docx");
        robot.clickOn("#exportReport");
        robot.interact(() -> robot.lookup("#reportTarget").queryAs(TextField.class).setText(report.toString()));
        long[] writingReport = whileShown(robot, "#reportStartStop");
        robot.clickOn("#reportStart");
        FxWaits.until(30, () -> text(robot, "#reportStartStatus").startsWith("Đã ghi báo cáo"));
        robot.clickOn("#reportStartClose");

        Path letters = folder.resolve("cong-van");
        robot.clickOn("#composeUrging");
        robot.interact(() -> robot.lookup("#urgeFolder").queryAs(TextField.class).setText(letters.toString()));
        long[] writingLetters = whileShown(robot, "#urgeStartStop");
        robot.clickOn("#urgeStart");
        FxWaits.until(30, () -> text(robot, "#urgeStartStatus").startsWith("Đã soạn"));

        paints.assertPaintedThrough(List.of(writingReport, writingLetters), CALL);
        assertTrue(Files.size(report) > 0);
        try (Stream<Path> written = Files.list(letters)) {
            assertEquals(List.of("So_Noi_vu.docx", "So_Tai_chanh.docx", "So_Tai_chinh.docx"),
                    written.map(file -> file.getFileName().toString()).sorted().toList());
        }
        assertEquals(callsBefore, slow.calls().size(), "both count the plans Theo dõi has read");
    }

    // ------------------------------------------------------------------ Danh mục đơn vị

    @Test
    void theUnitsDirectoryIsReadWhileTheWindowPaintsAndFilteringAsksTheStoreNothing(FxRobot robot) throws Exception {
        paints.assertPaintsWhile(slow, () -> robot.interact(() -> window.setCenter(unitsSection())),
                () -> shownUnits(robot).size() == 3);
        int callsBefore = slow.calls().size();

        robot.clickOn("#unitFilter").write("tai chinh");

        assertEquals(List.of(FINANCE), shownUnits(robot));
        assertEquals(callsBefore, slow.calls().size(), "the directory is filtered as read");
        // where the unit is used is asked of the store
        paints.assertPaintsWhile(slow, () -> robot.clickOn(unitRow(robot, FINANCE)),
                () -> text(robot, "#unitUsageSummary").equals("“Sở Tài chính”: 2 nhiệm vụ chủ trì, 0 nhiệm vụ phối hợp trong 2 kế hoạch."));
    }

    @Test
    void aRenamedUnitIsStoredAndShownInFollowUpWhileTheWindowPaints(FxRobot robot) throws Exception {
        openFollowUpBesideUnits(robot);
        robot.clickOn(unitRow(robot, FINANCE));
        robot.clickOn("#renameUnit");
        robot.doubleClickOn("#unitFullName").push(KeyCode.CONTROL, KeyCode.A).write("Sở Tài chính tỉnh Lạng Sơn");

        paints.assertPaintsWhile(slow, () -> robot.clickOn("Lưu"), () -> shownUnits(robot).contains("Sở Tài chính tỉnh Lạng Sơn")
                && followUpSettled() && followUpUnits().contains("Sở Tài chính tỉnh Lạng Sơn"));

        assertEquals("Sở Tài chính tỉnh Lạng Sơn", storedTask(0, 0).lead().get(0).name());
    }

    @Test
    void mergingUnitsReadsWhatMovesAndMovesItWhileTheWindowPaints(FxRobot robot) throws Exception {
        openFollowUpBesideUnits(robot);
        robot.clickOn(unitRow(robot, MISSPELT_FINANCE));
        robot.clickOn("#mergeUnit");
        robot.clickOn("#mergeInto");
        robot.clickOn(robot.lookup(".list-cell").match((Labeled cell) -> FINANCE.equals(cell.getText())).queryAs(Labeled.class));

        // what moves is read, the merge asked about (the recorded dialogs agree), stored, and both sections read again
        paints.assertPaintsWhile(slow, () -> robot.clickOn("Tiếp tục"), () -> !shownUnits(robot).contains(MISSPELT_FINANCE)
                && followUpSettled() && !followUpUnits().contains(MISSPELT_FINANCE));

        assertEquals("Mọi việc của “Sở Tài chánh” sẽ chuyển sang “Sở Tài chính”: 1 nhiệm vụ chủ trì, 0 nhiệm vụ phối hợp trong 1 kế hoạch."
                + " Sau đó “Sở Tài chánh” bị xoá khỏi danh mục. Việc gộp không hoàn tác được.", dialogs.asked().get(0).message());
        assertEquals(FINANCE, storedTask(1, 1).lead().get(0).name());
    }

    @Test
    void aUnitStoppedIsStoredWhileTheWindowPaints(FxRobot robot) throws Exception {
        openUnits(robot);
        robot.clickOn(unitRow(robot, MISSPELT_FINANCE));

        paints.assertPaintsWhile(slow, () -> robot.clickOn("#toggleUnit"),
                () -> text(robot, "#unitStatus").equals("3 đơn vị, 1 ngừng sử dụng"));

        assertFalse(store.units().list().stream().filter(u -> u.fullName().equals(MISSPELT_FINANCE)).findFirst().orElseThrow().active());
    }

    @Test
    void whileTheDirectoryIsReadTheUnitsSectionSaysSoRatherThanThatItIsEmpty(FxRobot robot) throws Exception {
        slow.hold();
        robot.interact(() -> window.setCenter(unitsSection()));

        assertEquals("Đang đọc danh mục đơn vị…", placeholder(robot.lookup("#unitTable").queryAs(TableView.class).getPlaceholder()));
        assertEquals("Đang đọc danh mục đơn vị…", text(robot, "#unitStatus"));
        assertTrue(robot.lookup("#unitsBusy").query().isVisible());

        slow.release();
        FxWaits.until(30, () -> shownUnits(robot).size() == 3);
        assertEquals("3 đơn vị, 0 ngừng sử dụng", text(robot, "#unitStatus"));
        assertFalse(robot.lookup("#unitsBusy").query().isVisible());
    }

    @Test
    void whileAMergeIsCountedAndStoredTheUnitsSectionSaysSo(FxRobot robot) throws Exception {
        unitAnswers = holdingTheStoreOnceAgreed();
        openUnits(robot);
        robot.clickOn(unitRow(robot, MISSPELT_FINANCE));
        robot.clickOn("#mergeUnit");
        robot.clickOn("#mergeInto");
        robot.clickOn(robot.lookup(".list-cell").match((Labeled cell) -> FINANCE.equals(cell.getText())).queryAs(Labeled.class));
        slow.hold();
        robot.clickOn("Tiếp tục");

        FxWaits.until(() -> text(robot, "#unitStatus").equals("Đang đếm các việc sẽ chuyển từ “Sở Tài chánh” sang “Sở Tài chính”…"));
        assertTrue(robot.lookup("#unitsBusy").query().isVisible());
        slow.release();
        FxWaits.until(() -> text(robot, "#unitStatus").equals("Đang gộp “Sở Tài chánh” vào “Sở Tài chính”…"));
        assertTrue(robot.lookup("#unitsBusy").query().isVisible());
        assertTrue(shownUnits(robot).contains(MISSPELT_FINANCE), "not merged yet");
        for (String action : List.of("#addUnit", "#renameUnit", "#mergeUnit", "#toggleUnit")) {
            assertTrue(robot.lookup(action).query().isDisabled(), action + " waits for the merge");
        }

        slow.release();
        FxWaits.until(30, () -> !shownUnits(robot).contains(MISSPELT_FINANCE));
        assertEquals("2 đơn vị, 0 ngừng sử dụng", text(robot, "#unitStatus"));
        assertFalse(robot.lookup("#unitsBusy").query().isVisible());
        assertFalse(robot.lookup("#addUnit").query().isDisabled());
    }

    // ------------------------------------------------------------------ Tệp → Nhân bản kế hoạch

    @Test
    void aPlanCopiedForNextYearIsStoredAndOpenedWhileTheWindowPaints(FxRobot robot) throws Exception {
        PlanEditorViewModel editor = new PlanEditorViewModel(slow.plans(), slow.units(), changes, dialogs, new TaskClipboard(), CLOCK,
                executor);
        robot.interact(() -> editor.open(planIds.get(0), () -> { }));
        FxWaits.until(30, () -> planIds.get(0).equals(editor.planIdProperty().get()) && editor.busyTextProperty().get() == null);
        Long[] opened = new Long[1];

        paints.assertPaintsWhile(slow, () -> robot.interact(() -> editor.duplicatePlan(id -> opened[0] = id)),
                () -> opened[0] != null && editor.busyTextProperty().get() == null);

        assertEquals(opened[0], editor.planIdProperty().get());
        Plan copy = store.plans().load(opened[0]);
        assertEquals(PlanStatus.DRAFT, copy.status());
        assertEquals(List.of("Trình dự thảo Quyết định", "Tổng hợp báo cáo quý"), copy.allTasks().stream().map(Task::content).toList());
    }

    // ------------------------------------------------------------------ other desks' changes, "Hôm nay"

    @Test
    void whatAnotherDeskChangedIsReadAgainByBothSectionsWhileTheWindowPaints(FxRobot robot) throws Exception {
        openFollowUpBesideUnits(robot);
        RemoteChanges remote = listenForOtherDesks();

        // another desk renames a unit, then marks a task done
        Unit finance = store.units().findByName(FINANCE);
        store.units().rename(finance.id(), "Sở Tài chính tỉnh Lạng Sơn", null);
        paints.assertPaintsWhile(slow, () -> remote.changed(notice(ChangeNotice.Kind.UNITS, null)),
                () -> shownUnits(robot).contains("Sở Tài chính tỉnh Lạng Sơn") && followUpSettled()
                        && followUpUnits().contains("Sở Tài chính tỉnh Lạng Sơn"));
        assertEquals("Danh mục đơn vị vừa được vanthu2 sửa lúc 09:41", remote.textProperty().get());

        long planId = planIds.get(1);
        Plan plan = store.plans().load(planId);
        store.plans().updateTask(planId, plan.version(), plan.allTasks().get(0).withCompletion(TODAY, 100));
        paints.assertPaintsWhile(slow, () -> remote.changed(notice(ChangeNotice.Kind.PLAN, planId)),
                () -> followUpSettled() && !shownTasks(robot).contains("Rà soát hồ sơ thẩm định"));
        assertEquals("2 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày tới · 2 kế hoạch", text(robot, "#followUpStatus"));
    }

    @Test
    void theTodayStripCountsFromThePlanListsReadingAndItsFigureOpensFollowUpWhileTheWindowPaints(FxRobot robot) throws Exception {
        paints.assertPaintsWhile(slow, () -> robot.interact(() -> {
            PlanListViewModel planList = new PlanListViewModel(slow.plans(), slow.units(), store.location(), dialogs, changes, CLOCK,
                    executor);
            window.setTop(new TodayView(new TodayViewModel(planList.openDueDatesProperty(), () -> TODAY, leadingToFollowUp())));
        }), () -> text(robot, "#todayOverdue").equals("3 nhiệm vụ quá hạn"));
        assertEquals("1 nhiệm vụ đến hạn trong", text(robot, "#todayDueSoon"));
        int callsBefore = slow.calls().size();

        robot.interact(() -> robot.lookup("#todayDays").queryAs(Spinner.class).getValueFactory().setValue(3));
        assertEquals("0 nhiệm vụ đến hạn trong", text(robot, "#todayDueSoon"));
        assertEquals(callsBefore, slow.calls().size(), "counted again from the due dates the plan list read");

        paints.assertPaintsWhile(slow, () -> robot.clickOn("#todayOverdue"), this::followUpSettled);
        assertEquals(List.of("Báo cáo kết quả", "Rà soát hồ sơ thẩm định", "Trình dự thảo Quyết định"), shownTasks(robot));
    }

    // ------------------------------------------------------------------ the timeline's holidays

    @Test
    void theTimelineTakesTheOfficesHolidaysReadWhileTheWindowPaintsAndAgainWhenAnotherDeskChangesThem(FxRobot robot) throws Exception {
        LocalDate swapped = day(2026, 4, 28);
        store.calendar().save(new CalendarEdit(swapped, CalendarEdit.Kind.DAY_OFF, "Nghỉ bù"));
        TimelineViewModel chart = new TimelineViewModel();
        OfficeCalendar calendar = new OfficeCalendar(slow.calendar(), dialogs, executor);

        // as the window puts the chart beside the plan tree
        paints.assertPaintsWhile(slow, () -> robot.interact(() -> {
            chart.calendarProperty().bind(calendar.calendarProperty());
            window.setCenter(new TimelineView(chart));
            calendar.read();
        }), () -> chart.calendarProperty().get().isDayOff(swapped));

        RemoteChanges remote = listenForOtherDesks();
        remote.onHolidaysChanged(calendar::read);
        LocalDate added = day(2026, 5, 5);
        store.calendar().save(new CalendarEdit(added, CalendarEdit.Kind.DAY_OFF, "Nghỉ theo Thông báo của tỉnh"));
        paints.assertPaintsWhile(slow, () -> remote.changed(notice(ChangeNotice.Kind.HOLIDAYS, null)),
                () -> chart.calendarProperty().get().isDayOff(added));
        assertEquals("Lịch ngày nghỉ vừa được vanthu2 sửa lúc 09:41", remote.textProperty().get());
    }

    // ------------------------------------------------------------------ the office server

    @Test
    void theStatusBarLearnsThatTheServerIsAwayAndBackFromChecksMadeOffTheJavaFxThread(FxRobot robot) throws Exception {
        ServerHealth health = slow.health();
        closings.add(health::close);
        Label said = new Label();

        paints.assertPaintsWhile(slow, () -> {
            // as the window follows an office server's connection in its status bar
            robot.interact(() -> {
                ConnectionStatusViewModel connection = new ConnectionStatusViewModel(health, "may-chu:5432", CLOCK, executor);
                said.textProperty().bind(connection.textProperty());
                window.setBottom(said);
            });
            slow.serverAway(true);
        }, () -> said.getText().startsWith("Mất kết nối"));
        assertEquals("Mất kết nối với máy chủ may-chu:5432 từ 09:41:05: thay đổi lúc này sẽ không được lưu.", said.getText());
        paints.assertPaintsWhile(slow, () -> slow.serverAway(false), () -> said.getText().startsWith("Đã kết nối lại"));
        assertEquals("Đã kết nối lại với máy chủ may-chu:5432 lúc 09:41:05.", said.getText());
    }

    @Test
    void aServerTriedInTheConnectionDialogIsWaitedForOffTheJavaFxThread(FxRobot robot) throws Exception {
        // a server that takes a call's time to answer whether this login may write
        ConnectionViewModel connection = new ConnectionViewModel(new Settings(new CountingPreferences()), store.location(),
                address -> !slow.units().list().isEmpty(), executor);
        // Tệp → Kết nối máy chủ: the dialog waits for the user's choice
        Platform.runLater(() -> ConnectionDialog.show(new FxDialogService(stage), connection));
        FxWaits.untilShown(robot, "#connectionServer");
        robot.clickOn("#connectionServer");
        robot.clickOn("#connectionHost").write("may-chu");
        robot.doubleClickOn("#connectionUser").push(KeyCode.CONTROL, KeyCode.A).write("vanthu");

        paints.assertPaintsWhile(slow, () -> robot.clickOn("#connectionCheck"),
                () -> text(robot, "#connectionResult").startsWith("Kết nối được"));

        assertEquals("Kết nối được postgresql://may-chu:5432/plandesk?user=vanthu: tài khoản vanthu được xem và sửa dữ liệu.",
                text(robot, "#connectionResult"));
        robot.clickOn("Huỷ");
    }

    // ------------------------------------------------------------------ the sections, as the window opens them

    /** Where "Hôm nay"'s figures lead, as the window links them: to Theo dõi, opened on first use, filtered. */
    private TodayViewModel.FollowUpLink leadingToFollowUp() {
        return new TodayViewModel.FollowUpLink() {
            @Override
            public void showOverdue() {
                window.setCenter(followUpSection());
                followUp.shownProperty().set(FollowUpViewModel.Shown.OVERDUE);
            }

            @Override
            public void showDueWithin(int days) {
                window.setCenter(followUpSection());
                followUp.daysAheadProperty().set(days);
                followUp.shownProperty().set(FollowUpViewModel.Shown.DUE_SOON);
            }
        };
    }

    /**
     * What other desks change, as the window hears it on an office server: this store is a data folder's,
     * so nothing listens, and each test hands a notice over from its own thread as the listening thread would.
     */
    private RemoteChanges listenForOtherDesks() {
        RemoteChanges remote = RemoteChanges.listen(store, changes, executor, CLOCK);
        closings.add(remote::close);
        return remote;
    }

    /** A notice that the desk "vanthu2" changed something at 09:41. */
    private static ChangeNotice notice(ChangeNotice.Kind kind, Long planId) {
        return new ChangeNotice(kind, planId, null, "vanthu2", CLOCK.instant());
    }

    /** The recorded dialogs, save that the store is held from the moment the user agrees: what the window shows then can be looked at. */
    private DialogService holdingTheStoreOnceAgreed() {
        return new DialogService() {
            @Override
            public void showError(String title, String message) {
                dialogs.showError(title, message);
            }

            @Override
            public void showInformation(String title, String header, String message) {
                dialogs.showInformation(title, header, message);
            }

            @Override
            public boolean confirm(String title, String header, String message, String details, String yes, String no) {
                boolean agreed = dialogs.confirm(title, header, message, details, yes, no);
                slow.hold();
                return agreed;
            }

            @Override
            public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
                return dialogs.chooseFileToOpen(title, filter);
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, FileFilter filter, Path folder, String suggestedName) {
                return dialogs.chooseFileToSave(title, filter, folder, suggestedName);
            }

            @Override
            public Optional<LocalDate> askDate(String title, String header, String label, LocalDate suggested, String ok) {
                return dialogs.askDate(title, header, label, suggested, ok);
            }

            @Override
            public Optional<String> askText(String title, String header, String label, String initial) {
                return dialogs.askText(title, header, label, initial);
            }
        };
    }

    /** Theo dõi as the window makes it when first opened (its plans then read in the background). */
    private FollowUpView followUpSection() {
        followUp = new FollowUpViewModel(slow.plans(), new FxFollowUpDialogs(dialogs, stage), changes, () -> TODAY, executor);
        closings.add(followUp::dispose);
        return new FollowUpView(followUp);
    }

    /** The units directory as the window makes it when first opened. */
    private UnitsView unitsSection() {
        FxDialogService onScreen = new FxDialogService(stage);
        UnitsViewModel units = new UnitsViewModel(slow.units(), unitAnswers, new FxUnitDialogs(onScreen), changes, executor);
        closings.add(units::dispose);
        return new UnitsView(units);
    }

    private void openFollowUp(FxRobot robot) throws Exception {
        robot.interact(() -> window.setCenter(followUpSection()));
        FxWaits.until(30, this::followUpSettled);
    }

    private void openUnits(FxRobot robot) throws Exception {
        robot.interact(() -> window.setCenter(unitsSection()));
        FxWaits.until(30, () -> shownUnits(robot).size() == 3);
    }

    /** Both sections on screen, sharing the window's changes: what one stores the other shows. */
    private void openFollowUpBesideUnits(FxRobot robot) throws Exception {
        robot.interact(() -> {
            SplitPane both = new SplitPane(unitsSection(), followUpSection());
            both.setOrientation(Orientation.VERTICAL);
            window.setCenter(both);
        });
        FxWaits.until(30, () -> followUpSettled() && shownUnits(robot).size() == 3);
    }

    private boolean followUpSettled() {
        return followUp.isLoaded() && !followUp.loadingProperty().get();
    }

    /**
     * The moments {@code query} (a Stop button, shown while a document is written) is first shown and
     * next hidden, as {start, end} in {@link System#nanoTime()}; filled as it happens.
     */
    private static long[] whileShown(FxRobot robot, String query) {
        long[] stretch = new long[2];
        Node shown = robot.lookup(query).query();
        robot.interact(() -> shown.visibleProperty().addListener((o, was, now) -> stretch[now ? 0 : 1] = System.nanoTime()));
        return stretch;
    }

    private Task storedTask(int plan, int task) throws StoreException {
        return store.plans().load(planIds.get(plan)).allTasks().get(task);
    }

    private List<String> followUpUnits() {
        return followUp.dueListProperty().get().groups().stream().map(UnitGroup::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> daysAhead(FxRobot robot) {
        return robot.lookup("#daysAhead").queryAs(Spinner.class);
    }

    /** The tasks Theo dõi's tree shows, by content, in order. */
    private static List<String> shownTasks(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeTableView<FollowUpView.Row> tree = robot.lookup("#followUpTree").queryAs(TreeTableView.class);
        return tree.getRoot().getChildren().stream().flatMap(unit -> unit.getChildren().stream()).map(TreeItem::getValue)
                .map(FollowUpView.Row::item).map(FollowUpItem::task).map(Task::content).sorted().toList();
    }

    private static String placeholder(Node placeholder) {
        return ((Labeled) placeholder).getText();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}

package vn.plandesk.gui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import vn.plandesk.gui.background.StepTaskExecutor;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Task;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;

/** The units directory view model over a real store, without a screen. */
class UnitsViewModelTest {
    @TempDir
    Path folder;
    private Store store;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ScriptedUnitDialogs forms = new ScriptedUnitDialogs();
    private final StoreChanges changes = new StoreChanges();
    private final List<StoreChanges.Change> published = new ArrayList<>();
    private UnitsViewModel viewModel;
    private long firstPlan;
    private long secondPlan;

    @BeforeEach
    void open() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder);
        firstPlan = store.plans().create(plan(0, "15/KH-UBND", day(2026, 1, 15),
                task(0, "Trình dự thảo", day(2026, 3, 1), null, "Sở Tài chính"),
                task(0, "Tổng hợp", day(2026, 3, 24), null, "Ủy ban nhân dân huyện Chi Lăng"),
                task(0, "Thẩm định", day(2026, 4, 24), null, "Sở Tài Chính tỉnh")));
        secondPlan = store.plans().create(plan(0, "40/KH-UBND", day(2026, 2, 1),
                task(0, "Báo cáo", day(2026, 5, 1), null, "Sở Tài chính"),
                task(0, "Kiểm tra", day(2026, 5, 1), null, "Đài Phát thanh và Truyền hình tỉnh")));
        changes.subscribe(published::add);
        viewModel = new UnitsViewModel(store.units(), dialogs, forms, changes, new ImmediateTaskExecutor());
    }

    @AfterEach
    void close() {
        viewModel.dispose();
        store.close();
    }

    @Test
    void sortsTheVietnameseWayAndFiltersWithoutAccents() {
        assertEquals(List.of("Đài Phát thanh và Truyền hình tỉnh", "Sở Tài chính", "Sở Tài Chính tỉnh", "Ủy ban nhân dân huyện Chi Lăng"),
                names(), "Đ after D, Ủ after S");
        assertEquals("4 đơn vị, 0 ngừng sử dụng", viewModel.statusTextProperty().get());

        viewModel.filterTextProperty().set("uy ban chi lang");
        assertEquals(List.of("Ủy ban nhân dân huyện Chi Lăng"), names());
        assertEquals("Tìm thấy 1 trong 4 đơn vị", viewModel.statusTextProperty().get());
    }

    @Test
    void showsWhereTheSelectedUnitIsUsed() {
        viewModel.selectedProperty().set(unit("Sở Tài chính"));

        assertEquals(2, viewModel.usages().size());
        assertEquals("“Sở Tài chính”: 2 nhiệm vụ chủ trì, 0 nhiệm vụ phối hợp trong 2 kế hoạch.", viewModel.usageSummaryProperty().get());
    }

    @Test
    void aRenameShowsInEveryPlanAndIsPublished() throws StoreException {
        viewModel.selectedProperty().set(unit("Sở Tài chính"));
        forms.unitForms.add(Optional.of(new UnitDialogs.UnitFields("Sở Tài chính tỉnh Lạng Sơn", "STC", UnitKind.AGENCY)));

        viewModel.renameSelected();

        assertEquals("Sở Tài chính tỉnh Lạng Sơn", lead(firstPlan, 0));
        assertEquals("Sở Tài chính tỉnh Lạng Sơn", lead(secondPlan, 0));
        assertEquals("Sở Tài chính tỉnh Lạng Sơn", viewModel.selectedProperty().get().fullName());
        assertEquals(List.of(new StoreChanges.Change(null, viewModel)), published);
    }

    @Test
    void whileAChangeIsStoredTheActionsWaitForIt() throws StoreException {
        viewModel.dispose();
        StepTaskExecutor background = new StepTaskExecutor();
        viewModel = new UnitsViewModel(store.units(), dialogs, forms, changes, background);
        viewModel.selectedProperty().set(unit("Sở Tài chính"));
        forms.unitForms.add(Optional.of(new UnitDialogs.UnitFields("Sở Tài chính tỉnh Lạng Sơn", "STC", UnitKind.AGENCY)));
        int before = background.runs;
        background.hold = true;

        viewModel.renameSelected();
        assertTrue(viewModel.changingProperty().get());
        // the scripted forms hold no second answer: asking one would fail the test
        viewModel.renameSelected();
        viewModel.add();
        viewModel.toggleActiveSelected();
        viewModel.mergeSelected();
        assertEquals(before + 1, background.runs, "only the first change was sent");

        background.hold = false;
        background.runHeld();
        assertFalse(viewModel.changingProperty().get());
        assertEquals("Sở Tài chính tỉnh Lạng Sơn", lead(firstPlan, 0));
    }

    @Test
    void aNameAnotherUnitHasIsRefusedWithAnOfferToMerge() throws StoreException {
        viewModel.selectedProperty().set(unit("Sở Tài chính"));
        forms.unitForms.add(Optional.of(new UnitDialogs.UnitFields("so tai chinh tinh", null, UnitKind.AGENCY)));

        viewModel.renameSelected();

        assertTrue(dialogs.shown().get(dialogs.shown().size() - 1).contains("Nếu đây là cùng một đơn vị, hãy gộp hai đơn vị"),
                dialogs.shown().toString());
        assertEquals("Sở Tài chính", lead(firstPlan, 0));
        assertTrue(published.isEmpty());
    }

    @Test
    void addsAUnitAndRefusesAnEmptyName() {
        forms.unitForms.add(Optional.of(new UnitDialogs.UnitFields("  ", null, UnitKind.AGENCY)));
        viewModel.add();
        assertEquals("Tên đơn vị chưa dùng được: Hãy ghi tên đầy đủ của đơn vị.", dialogs.shown().get(dialogs.shown().size() - 1));

        forms.unitForms.add(Optional.of(new UnitDialogs.UnitFields("Ban Dân tộc tỉnh", "BDT", UnitKind.AGENCY)));
        viewModel.add();
        assertEquals("Ban Dân tộc tỉnh", names().get(0));
        assertEquals("Ban Dân tộc tỉnh", viewModel.selectedProperty().get().fullName());
    }

    @Test
    void mergeShowsWhatMovesThenMovesIt() throws StoreException {
        viewModel.selectedProperty().set(unit("Sở Tài Chính tỉnh"));
        forms.mergeTargets.add("Sở Tài chính");
        dialogs.answerNext(true);

        viewModel.mergeSelected();

        RecordingDialogService.Asked merge = dialogs.asked().get(dialogs.asked().size() - 1);
        assertEquals("Gộp “Sở Tài Chính tỉnh” vào “Sở Tài chính”? Mọi việc của “Sở Tài Chính tỉnh” sẽ chuyển sang “Sở Tài chính”: "
                + "1 nhiệm vụ chủ trì, 0 nhiệm vụ phối hợp trong 1 kế hoạch. Sau đó “Sở Tài Chính tỉnh” bị xoá khỏi danh mục. "
                + "Việc gộp không hoàn tác được.", merge.header() + " " + merge.message());
        assertEquals("Sở Tài chính", lead(firstPlan, 2));
        assertEquals(3, names().size());
        assertEquals("Sở Tài chính", viewModel.selectedProperty().get().fullName());
        assertEquals(3, viewModel.usages().stream().mapToInt(u -> u.leadTasks()).sum());
        assertEquals(1, published.size());
    }

    @Test
    void aMergeNotConfirmedMovesNothing() throws StoreException {
        viewModel.selectedProperty().set(unit("Sở Tài Chính tỉnh"));
        forms.mergeTargets.add("Sở Tài chính");
        dialogs.answerNext(false);

        viewModel.mergeSelected();

        assertEquals("Sở Tài Chính tỉnh", lead(firstPlan, 2));
        assertEquals(4, names().size());
        assertTrue(published.isEmpty());
    }

    @Test
    void aUnitNoLongerUsedStaysListedAndCanBeUsedAgain() {
        viewModel.selectedProperty().set(unit("Đài Phát thanh và Truyền hình tỉnh"));
        assertEquals("Ngừng _sử dụng", UnitsViewModel.toggleActiveText(viewModel.selectedProperty().get()));

        viewModel.toggleActiveSelected();

        Unit inactive = unit("Đài Phát thanh và Truyền hình tỉnh");
        assertFalse(inactive.active());
        assertEquals("4 đơn vị, 1 ngừng sử dụng", viewModel.statusTextProperty().get());
        assertEquals("_Dùng lại", UnitsViewModel.toggleActiveText(viewModel.selectedProperty().get()));
        viewModel.toggleActiveSelected();
        assertTrue(unit("Đài Phát thanh và Truyền hình tỉnh").active());
    }

    @Test
    void aReadOnlyWindowAsksForNoFormAndChangesNoUnit() {
        List<Unit> before = store.units().list();
        viewModel.editingAllowedProperty().set(false);
        viewModel.selectedProperty().set(unit("Sở Tài chính"));

        // the scripted forms hold no answer: asking one would fail the test
        viewModel.add();
        viewModel.renameSelected();
        viewModel.mergeSelected();
        viewModel.toggleActiveSelected();

        assertEquals(before, store.units().list());
        assertTrue(dialogs.shown().isEmpty());
        assertTrue(published.isEmpty());
    }

    @Test
    void aUnitAddedElsewhereAppears() throws StoreException {
        store.units().create(Unit.named("Công an tỉnh"));
        assertEquals(4, names().size());

        changes.planChanged(firstPlan, this);

        assertEquals("Công an tỉnh", names().get(0));
        assertNull(viewModel.selectedProperty().get());
    }

    private List<String> names() {
        return viewModel.shownUnits().stream().map(Unit::fullName).toList();
    }

    private Unit unit(String name) {
        return viewModel.shownUnits().stream().filter(u -> u.fullName().equals(name)).findFirst().orElseThrow();
    }

    private String lead(long planId, int task) throws StoreException {
        Task t = store.plans().load(planId).allTasks().get(task);
        return t.lead().get(0).name();
    }
}

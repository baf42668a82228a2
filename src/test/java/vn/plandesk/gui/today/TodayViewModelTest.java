package vn.plandesk.gui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.followup.FollowUpViewModel;
import vn.plandesk.gui.followup.FxFollowUpDialogs;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import vn.plandesk.logic.followup.DueList;
import vn.plandesk.logic.followup.PlanSnapshots;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * The "Hôm nay" figures over a real store, without a screen: counted from the plans Theo dõi reads
 * and as it counts them, kept up to date when the store changes, leading there.
 */
class TodayViewModelTest {
    private static final LocalDate TODAY = day(2026, 3, 20);

    @TempDir
    Path folder;
    private Store store;
    private final StoreChanges changes = new StoreChanges();
    private final RecordingFollowUpLink link = new RecordingFollowUpLink();
    private FollowUpViewModel followUp;
    private TodayViewModel viewModel;

    @BeforeEach
    void open() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder);
        store.plans().create(plan(0, "15/KH-UBND", day(2026, 1, 15),
                task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, FINANCE),
                task(0, "Tổng hợp báo cáo quý", day(2026, 3, 24), null, HOME_AFFAIRS),
                task(0, "Hội nghị sơ kết", day(2026, 4, 15), null, HOME_AFFAIRS)));
        followUp = new FollowUpViewModel(store.plans(), new FxFollowUpDialogs(new RecordingDialogService(), null), changes, () -> TODAY,
                new ImmediateTaskExecutor());
        viewModel = new TodayViewModel(followUp.plansReadProperty(), () -> TODAY, link);
    }

    @AfterEach
    void close() {
        followUp.dispose();
        store.close();
    }

    @Test
    void countsAsTheFollowUpViewCounts() throws StoreException {
        assertEquals("1 nhiệm vụ quá hạn", viewModel.overdueTextProperty().get());
        assertEquals("1 nhiệm vụ đến hạn trong", viewModel.dueSoonTextProperty().get());
        viewModel.daysAheadProperty().set(30);
        DueList same = DueList.build(new PlanSnapshots(store.plans()).current(), TODAY, 30);
        assertEquals(same.overdueTasks(), viewModel.overdueProperty().get());
        assertEquals(same.dueSoonTasks(), viewModel.dueSoonProperty().get());
        assertEquals(2, viewModel.dueSoonProperty().get());
    }

    @Test
    void aChangeInTheStoreIsCountedAtOnce() throws StoreException {
        long added = store.plans().create(plan(0, "20/KH-UBND", day(2026, 2, 1),
                task(0, "Báo cáo tiến độ", day(2026, 3, 5), null, FINANCE),
                task(0, "Rà soát", day(2026, 3, 10), null, FINANCE)));
        assertEquals(1, viewModel.overdueProperty().get(), "nothing counted before the change is told");
        changes.planChanged(added, this);
        assertEquals(3, viewModel.overdueProperty().get());
        assertEquals("3 nhiệm vụ quá hạn", viewModel.overdueTextProperty().get());
    }

    @Test
    void eachFigureLeadsToTheFollowUpViewFilteredAndNothingIsAsked() {
        viewModel.openOverdue();
        viewModel.daysAheadProperty().set(14);
        viewModel.openDueSoon();
        assertEquals(List.of("overdue", "due within 14"), link.followed());
    }
}

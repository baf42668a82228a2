package vn.plandesk.gui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import vn.plandesk.logic.followup.DueList;
import vn.plandesk.logic.followup.PlanSnapshots;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.StoreLocation;
import vn.plandesk.model.Plan;
import vn.plandesk.testing.PlanGenerator;

/**
 * The "Hôm nay" figures over a real store, without a screen: counted as Theo dõi counts them from the
 * due dates the plan list reads, kept up to date when the store changes, leading there.
 */
class TodayViewModelTest {
    private static final LocalDate TODAY = day(2026, 3, 20);

    @TempDir
    Path folder;
    private Store store;
    private final StoreChanges changes = new StoreChanges();
    private final RecordingFollowUpLink link = new RecordingFollowUpLink();
    private TodayViewModel viewModel;

    @BeforeEach
    void open() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder);
        store.plans().create(plan(0, "15/KH-UBND", day(2026, 1, 15),
                task(0, "Trình dự thảo Quyết định", day(2026, 3, 1), null, FINANCE),
                task(0, "Tổng hợp báo cáo quý", day(2026, 3, 24), null, HOME_AFFAIRS),
                task(0, "Hội nghị sơ kết", day(2026, 4, 15), null, HOME_AFFAIRS)));
        viewModel = new TodayViewModel(planList(store, changes).openDueDatesProperty(), () -> TODAY, link);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The plan list of the window, whose every reading brings the due dates the strip counts. */
    static PlanListViewModel planList(Store store, StoreChanges changes) {
        return new PlanListViewModel(store.plans(), store.units(), new StoreLocation.Folder(store.folder()), new RecordingDialogService(),
                changes, Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()),
                new ImmediateTaskExecutor());
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

    /**
     * Generated plans with completions and extended deadlines (the figures come from the due dates alone,
     * Theo dõi's from whole plans): the same counts for every number of days ahead tried.
     */
    @Test
    void countsAsTheFollowUpViewOnGeneratedPlans() throws StoreException {
        for (long seed = 1; seed <= 3; seed++) {
            store.plans().create(PlanGenerator.plan(300, seed));
        }
        changes.unitsChanged(this);
        List<Plan> plans = new PlanSnapshots(store.plans()).current();
        for (int days : new int[] {0, 1, 7, 30, 365}) {
            viewModel.daysAheadProperty().set(days);
            DueList same = DueList.build(plans, TODAY, days);
            assertEquals(same.overdueTasks(), viewModel.overdueProperty().get(), "overdue, " + days + " days ahead");
            assertEquals(same.dueSoonTasks(), viewModel.dueSoonProperty().get(), "due soon, " + days + " days ahead");
        }
        assertTrue(viewModel.overdueProperty().get() > 0 && viewModel.dueSoonProperty().get() > 0, "the generated plans have both");
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

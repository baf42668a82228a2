package vn.plandesk.gui.today;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.followup.DueList;
import vn.plandesk.logic.followup.PlanSnapshots;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.model.Plan;

/**
 * "Hôm nay", above the plan list: how many tasks are overdue and how many fall due within the chosen
 * days, counted as the follow-up view counts them; each figure leads to that view, filtered. Plans
 * are read on the window's executor, again whenever the store changes; nothing here asks anything.
 */
public final class TodayViewModel {

    /** Where the figures lead: the follow-up view showing only those tasks. */
    public interface FollowUpLink {
        void showOverdue();

        void showDueWithin(int days);
    }

    public static final int DEFAULT_DAYS_AHEAD = 7;

    private final TaskExecutor executor;
    private final Supplier<LocalDate> today;
    private final FollowUpLink link;
    private final PlanSnapshots snapshots;
    private final StoreChanges.Subscription subscription;
    private final AtomicLong readings = new AtomicLong();
    private final IntegerProperty daysAhead = new SimpleIntegerProperty(this, "daysAhead", DEFAULT_DAYS_AHEAD);
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper(this, "overdue");
    private final ReadOnlyIntegerWrapper dueSoon = new ReadOnlyIntegerWrapper(this, "dueSoon");
    private final ReadOnlyStringWrapper overdueText = new ReadOnlyStringWrapper(this, "overdueText", Messages.get("today.loading"));
    private final ReadOnlyStringWrapper dueSoonText = new ReadOnlyStringWrapper(this, "dueSoonText", "");
    private List<Plan> plans;

    public TodayViewModel(PlanStore store, StoreChanges changes, TaskExecutor executor, Supplier<LocalDate> today, FollowUpLink link) {
        this.executor = executor;
        this.today = today;
        this.link = link;
        this.snapshots = new PlanSnapshots(store);
        daysAhead.addListener((o, before, now) -> recount());
        subscription = changes.subscribe(change -> refresh());
        refresh();
    }

    /** How many days ahead count as falling due (0: today only). */
    public IntegerProperty daysAheadProperty() {
        return daysAhead;
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty dueSoonProperty() {
        return dueSoon.getReadOnlyProperty();
    }

    /** "3 nhiệm vụ quá hạn". */
    public ReadOnlyStringProperty overdueTextProperty() {
        return overdueText.getReadOnlyProperty();
    }

    /** "5 nhiệm vụ đến hạn trong", the days after it. */
    public ReadOnlyStringProperty dueSoonTextProperty() {
        return dueSoonText.getReadOnlyProperty();
    }

    /** Reads the plans that changed since the last reading and counts again. */
    public void refresh() {
        long mine = readings.incrementAndGet();
        executor.execute(BackgroundTask.wrap(snapshots::current)
                .onSuccess(read -> {
                    if (mine == readings.get()) {
                        plans = read;
                        recount();
                    }
                })
                // one line in place of the figures: the strip never opens a dialog
                .onFailure(e -> overdueText.set(Messages.get("today.readFailed", e.getMessage()))));
    }

    public void openOverdue() {
        link.showOverdue();
    }

    public void openDueSoon() {
        link.showDueWithin(Math.max(0, daysAhead.get()));
    }

    /** Stops listening to the store's changes; call when the window closes. */
    public void dispose() {
        subscription.cancel();
    }

    private void recount() {
        if (plans == null) {
            return;
        }
        DueList list = DueList.build(plans, today.get(), Math.max(0, daysAhead.get()));
        overdue.set(list.overdueTasks());
        dueSoon.set(list.dueSoonTasks());
        overdueText.set(Messages.get("today.overdue", list.overdueTasks()));
        dueSoonText.set(Messages.get("today.dueSoon", list.dueSoonTasks()));
    }
}

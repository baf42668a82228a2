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
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.model.TaskStatus;

/**
 * "Hôm nay", above the plan list: how many tasks are overdue and how many fall due within the chosen
 * days, as Theo dõi counts them ({@link TaskStatus#ofOpenTask}); each figure leads to that view,
 * filtered. Only the tasks not done and their due dates are read (off the JavaFX thread, again after
 * every change in the store): the strip is on screen from the start, and reading every plan whole to
 * count them made a store of thousands of tasks start slowly. Nothing here asks anything.
 */
public final class TodayViewModel {

    /** Where the figures lead: the follow-up view showing only those tasks. */
    public interface FollowUpLink {
        void showOverdue();

        void showDueWithin(int days);
    }

    public static final int DEFAULT_DAYS_AHEAD = 7;

    private final PlanStore store;
    private final TaskExecutor executor;
    private final Supplier<LocalDate> today;
    private final FollowUpLink link;
    private final StoreChanges.Subscription subscription;
    private final AtomicLong reads = new AtomicLong();
    private final IntegerProperty daysAhead = new SimpleIntegerProperty(this, "daysAhead", DEFAULT_DAYS_AHEAD);
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper(this, "overdue");
    private final ReadOnlyIntegerWrapper dueSoon = new ReadOnlyIntegerWrapper(this, "dueSoon");
    private final ReadOnlyStringWrapper overdueText = new ReadOnlyStringWrapper(this, "overdueText", Messages.get("today.loading"));
    private final ReadOnlyStringWrapper dueSoonText = new ReadOnlyStringWrapper(this, "dueSoonText", "");
    /** The due dates of the tasks not done, as last read; null until first read. */
    private List<LocalDate> openDueDates;

    public TodayViewModel(PlanStore store, StoreChanges changes, TaskExecutor executor, Supplier<LocalDate> today, FollowUpLink link) {
        this.store = store;
        this.executor = executor;
        this.today = today;
        this.link = link;
        daysAhead.addListener((o, before, now) -> recount());
        subscription = changes.subscribe(change -> read());
        read();
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

    public void openOverdue() {
        link.showOverdue();
    }

    public void openDueSoon() {
        link.showDueWithin(Math.max(0, daysAhead.get()));
    }

    /** Stops following the store; when the window closes. */
    public void dispose() {
        subscription.cancel();
    }

    private void read() {
        long mine = reads.incrementAndGet();
        executor.execute(BackgroundTask.wrap(() -> store.openTasks().stream().map(PlanStore.OpenTask::due).toList())
                .onSuccess(read -> {
                    if (mine == reads.get()) {
                        openDueDates = read;
                        recount();
                    }
                })
                // The plan list says what is wrong with the store; the strip only stops claiming figures it could not read.
                .onFailure(e -> {
                    if (mine == reads.get()) {
                        openDueDates = null;
                        overdueText.set(Messages.get("today.unread"));
                        dueSoonText.set("");
                    }
                }));
    }

    private void recount() {
        if (openDueDates == null) {
            return;
        }
        LocalDate on = today.get();
        int days = Math.max(0, daysAhead.get());
        int late = 0;
        int soon = 0;
        for (LocalDate due : openDueDates) {
            TaskStatus status = TaskStatus.ofOpenTask(due, on, days);
            if (status == TaskStatus.NOT_DONE_OVERDUE) {
                late++;
            } else if (status == TaskStatus.DUE_SOON) {
                soon++;
            }
        }
        overdue.set(late);
        dueSoon.set(soon);
        overdueText.set(Messages.get("today.overdue", late));
        dueSoonText.set(Messages.get("today.dueSoon", soon));
    }
}

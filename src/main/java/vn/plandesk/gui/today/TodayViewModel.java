package vn.plandesk.gui.today;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.TaskStatus;

/**
 * "Hôm nay", above the plan list: how many tasks are overdue and how many fall due within the chosen
 * days, as Theo dõi counts them ({@link TaskStatus#ofOpenTask}); each figure leads to that view,
 * filtered. Counted from the due dates of the tasks not done that the plan list reads with every
 * reading (off the JavaFX thread, again after every change in the store): the strip is on screen from
 * the start, and reading every plan whole to count them made a store of thousands of tasks start
 * slowly. Nothing here asks anything, nor reads the store itself.
 */
public final class TodayViewModel {

    /** Where the figures lead: the follow-up view showing only those tasks. */
    public interface FollowUpLink {
        void showOverdue();

        void showDueWithin(int days);
    }

    public static final int DEFAULT_DAYS_AHEAD = 7;

    private final ObservableValue<List<LocalDate>> openDueDates;
    private final Supplier<LocalDate> today;
    private final FollowUpLink link;
    private final IntegerProperty daysAhead = new SimpleIntegerProperty(this, "daysAhead", DEFAULT_DAYS_AHEAD);
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper(this, "overdue");
    private final ReadOnlyIntegerWrapper dueSoon = new ReadOnlyIntegerWrapper(this, "dueSoon");
    private final ReadOnlyStringWrapper overdueText = new ReadOnlyStringWrapper(this, "overdueText", Messages.get("today.loading"));
    private final ReadOnlyStringWrapper dueSoonText = new ReadOnlyStringWrapper(this, "dueSoonText", "");

    /** {@code openDueDates}: the due dates of every task not done (null until read), changed on the JavaFX thread. */
    public TodayViewModel(ObservableValue<List<LocalDate>> openDueDates, Supplier<LocalDate> today, FollowUpLink link) {
        this.openDueDates = openDueDates;
        this.today = today;
        this.link = link;
        daysAhead.addListener((o, before, now) -> recount());
        openDueDates.addListener((o, before, now) -> recount());
        recount();
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

    private void recount() {
        List<LocalDate> dueDates = openDueDates.getValue();
        if (dueDates == null) {
            return;
        }
        LocalDate on = today.get();
        int days = Math.max(0, daysAhead.get());
        int late = 0;
        int soon = 0;
        for (LocalDate due : dueDates) {
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

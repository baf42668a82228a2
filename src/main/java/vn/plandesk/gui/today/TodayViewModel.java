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
import vn.plandesk.logic.followup.DueList;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Plan;

/**
 * "Hôm nay", above the plan list: how many tasks are overdue and how many fall due within the chosen
 * days, counted from the plans the follow-up view has read (off the JavaFX thread, again after every
 * change in the store), so the strip and that view agree; each figure leads to that view, filtered.
 * Nothing here asks anything.
 */
public final class TodayViewModel {

    /** Where the figures lead: the follow-up view showing only those tasks. */
    public interface FollowUpLink {
        void showOverdue();

        void showDueWithin(int days);
    }

    public static final int DEFAULT_DAYS_AHEAD = 7;

    private final ObservableValue<List<Plan>> plans;
    private final Supplier<LocalDate> today;
    private final FollowUpLink link;
    private final IntegerProperty daysAhead = new SimpleIntegerProperty(this, "daysAhead", DEFAULT_DAYS_AHEAD);
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper(this, "overdue");
    private final ReadOnlyIntegerWrapper dueSoon = new ReadOnlyIntegerWrapper(this, "dueSoon");
    private final ReadOnlyStringWrapper overdueText = new ReadOnlyStringWrapper(this, "overdueText", Messages.get("today.loading"));
    private final ReadOnlyStringWrapper dueSoonText = new ReadOnlyStringWrapper(this, "dueSoonText", "");

    /** {@code plans}: every plan as last read (null until first read), changed on the JavaFX thread. */
    public TodayViewModel(ObservableValue<List<Plan>> plans, Supplier<LocalDate> today, FollowUpLink link) {
        this.plans = plans;
        this.today = today;
        this.link = link;
        daysAhead.addListener((o, before, now) -> recount());
        plans.addListener((o, before, now) -> recount());
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
        List<Plan> read = plans.getValue();
        if (read == null) {
            return;
        }
        DueList list = DueList.build(read, today.get(), Math.max(0, daysAhead.get()));
        overdue.set(list.overdueTasks());
        dueSoon.set(list.dueSoonTasks());
        overdueText.set(Messages.get("today.overdue", list.overdueTasks()));
        dueSoonText.set(Messages.get("today.dueSoon", list.dueSoonTasks()));
    }
}

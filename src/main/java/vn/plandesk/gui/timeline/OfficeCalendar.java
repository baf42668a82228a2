package vn.plandesk.gui.timeline;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.FailureMessage;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.CalendarStore;

/**
 * The working calendar the window's charts and printouts use: the public holidays at once, then with
 * the office's own edits once they are read from the store, on the window's executor, never on the
 * JavaFX thread; read again when asked (another desk changed them).
 */
public final class OfficeCalendar {
    private final CalendarStore store;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<WorkCalendar> calendar = new ReadOnlyObjectWrapper<>(this, "calendar", WorkCalendar.standard());

    public OfficeCalendar(CalendarStore store, DialogService dialogs, TaskExecutor executor) {
        this.store = store;
        this.dialogs = dialogs;
        this.executor = executor;
    }

    /** Reads the office's edits in the background; the calendar shown until then, or when they cannot be read, stays. */
    public void read() {
        executor.execute(BackgroundTask.wrap(store::calendar).onSuccess(calendar::set)
                .onFailure(e -> dialogs.showError(Messages.get("main.calendarUnread"), FailureMessage.of(e))));
    }

    /** The public holidays until the office's edits are read, then with them. */
    public ReadOnlyObjectProperty<WorkCalendar> calendarProperty() {
        return calendar.getReadOnlyProperty();
    }
}

package vn.plandesk.gui;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.ChangeNotice;
import vn.plandesk.logic.store.ServerNotices;
import vn.plandesk.logic.store.Store;

/**
 * What other desks change on the office server, brought into the window: each notice is handed to
 * the JavaFX thread, published on {@link StoreChanges} as a change made elsewhere (so the plan list,
 * the open plan, the follow-up and the units show it), and said in the status bar with who and when.
 * After the listener's connection came back every view reads again, since notices may have been missed.
 * On a data folder's store nothing listens.
 */
public final class RemoteChanges implements ServerNotices.Listener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StoreChanges changes;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final List<Runnable> holidayReaders = new CopyOnWriteArrayList<>();
    private ServerNotices notices;
    private volatile boolean closed;

    private RemoteChanges(StoreChanges changes, TaskExecutor executor, Clock clock) {
        this.changes = changes;
        this.executor = executor;
        this.clock = clock;
    }

    /** Starts listening to the store's server for the window whose views share {@code changes}. */
    public static RemoteChanges listen(Store store, StoreChanges changes, TaskExecutor executor, Clock clock) {
        RemoteChanges remote = new RemoteChanges(changes, executor, clock);
        remote.notices = store.listen(remote);
        return remote;
    }

    /** What the status bar says of the last change another desk made; empty until there is one. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Runs {@code reader} (on the JavaFX thread) when another desk changed the holidays, which no plan view reads itself. */
    public void onHolidaysChanged(Runnable reader) {
        holidayReaders.add(reader);
    }

    @Override
    public void changed(ChangeNotice notice) {
        executor.onScreen(() -> show(notice));
    }

    @Override
    public void mayHaveMissed() {
        executor.onScreen(() -> {
            if (!closed) {
                changes.publish(new StoreChanges.Change(null, this));
                holidayReaders.forEach(Runnable::run);
                text.set(Messages.get("live.reread", TIME.format(LocalTime.now(clock))));
            }
        });
    }

    private void show(ChangeNotice notice) {
        if (closed) {
            return;
        }
        switch (notice.kind()) {
            case PLAN -> changes.planChanged(notice.planId(), this);
            case UNITS -> changes.unitsChanged(this);
            case HOLIDAYS -> holidayReaders.forEach(Runnable::run);
        }
        text.set(describe(notice, clock));
    }

    /** "Kế hoạch «…» vừa được vanthu sửa lúc 14:32": what changed, who changed it and when, in the clock's time zone. */
    static String describe(ChangeNotice notice, Clock clock) {
        String at = TIME.format(notice.at().atZone(clock.getZone()));
        return switch (notice.kind()) {
            case PLAN -> notice.planSubject() == null || notice.planSubject().isBlank()
                    ? Messages.get("live.planWithoutSubject", notice.by(), at)
                    : Messages.get("live.plan", notice.planSubject(), notice.by(), at);
            case UNITS -> Messages.get("live.units", notice.by(), at);
            case HOLIDAYS -> Messages.get("live.holidays", notice.by(), at);
        };
    }

    /** Stops listening; notices still on their way are dropped. Called when the window closes. */
    public void close() {
        closed = true;
        notices.close();
    }
}

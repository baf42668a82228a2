package vn.plandesk.gui.mainwindow;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.ServerHealth;

/**
 * What the status bar says about the office server: nothing while all is well, that the connection
 * is lost (and since when) while the server is out of reach, then that it is back. A data folder's
 * store never shows anything here.
 */
public final class ConnectionStatusViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final String server;
    private final Clock clock;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper lost = new ReadOnlyBooleanWrapper(this, "lost");

    /** Follows {@code health} of the server named {@code server} (as the user wrote its address). */
    public ConnectionStatusViewModel(ServerHealth health, String server, Clock clock, TaskExecutor executor) {
        this.server = server;
        this.clock = clock;
        this.executor = executor;
        health.listen(this::reachable);
    }

    private void reachable(boolean reachable) {
        String now = TIME.format(LocalTime.now(clock));
        String said = Messages.get(reachable ? "server.status.back" : "server.status.down", server, now);
        executor.onScreen(() -> {
            lost.set(!reachable);
            text.set(said);
        });
    }

    /** "Mất kết nối với máy chủ ... từ 10:21:05 ...", "Đã kết nối lại ... lúc 10:21:40.", or empty. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True while the server is out of reach (the status bar marks the text). */
    public ReadOnlyBooleanProperty lostProperty() {
        return lost.getReadOnlyProperty();
    }
}

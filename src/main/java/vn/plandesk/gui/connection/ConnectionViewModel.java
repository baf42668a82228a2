package vn.plandesk.gui.connection;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.FailureMessage;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.ServerAddress;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.StoreLocation;

/**
 * Tệp → Kết nối máy chủ: where the data is, the office's PostgreSQL server (host, port, database,
 * login; never a password, which stays in the PostgreSQL password file) or the data folder on this
 * computer. A server is tried on the background executor and the outcome told in one line; the choice
 * is remembered in the settings and used from the next start on (the window's features all hold the
 * store open now, so the store is not swapped under them).
 */
public final class ConnectionViewModel {
    /** Where the data is to be. */
    public enum Place { THIS_COMPUTER, SERVER }

    /** What choosing did. */
    public enum Outcome {
        /** The typed address cannot be used; {@link #resultProperty()} says why and nothing was remembered. */
        REFUSED,
        /** The same place as the store open now. */
        UNCHANGED,
        /** Remembered; PlanDesk opens it when started again. */
        NEXT_START
    }

    /** Tries an address: true when its login may change the data, false when it may only read. */
    @FunctionalInterface
    public interface Probe {
        boolean mayWrite(ServerAddress address) throws StoreException;
    }

    private final Settings settings;
    private final StoreLocation current;
    private final Probe probe;
    private final TaskExecutor executor;

    private final ObjectProperty<Place> place = new SimpleObjectProperty<>(this, "place", Place.THIS_COMPUTER);
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(this, "database", ServerAddress.DEFAULT_DATABASE);
    private final StringProperty user = new SimpleStringProperty(this, "user", System.getProperty("user.name", ""));
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");

    /** Starts from the server open now, else the one remembered, else an empty server form and this computer. */
    public ConnectionViewModel(Settings settings, StoreLocation current, Probe probe, TaskExecutor executor) {
        this.settings = settings;
        this.current = current;
        this.probe = probe;
        this.executor = executor;
        Optional<ServerAddress> known = current instanceof ServerAddress open ? Optional.of(open) : remembered(settings);
        known.ifPresent(this::fill);
        place.set(current instanceof ServerAddress ? Place.SERVER : Place.THIS_COMPUTER);
        for (StringProperty part : new StringProperty[] {host, port, database, user}) {
            part.addListener((o, was, now) -> result.set(""));
        }
        place.addListener((o, was, now) -> result.set(""));
    }

    private static Optional<ServerAddress> remembered(Settings settings) {
        try {
            return settings.storeLocation().isPresent() ? Optional.of(ServerAddress.parse(settings.storeLocation().get()))
                    : Optional.empty();
        } catch (StoreException e) {
            return Optional.empty(); // a damaged setting: the form starts empty
        }
    }

    private void fill(ServerAddress address) {
        host.set(address.host());
        port.set(String.valueOf(address.port()));
        database.set(address.database());
        user.set(address.user());
    }

    /** Connects to the typed server in the background and says in one line whether, and with what rights, it opened. */
    public void check() {
        Optional<ServerAddress> address = typedAddress();
        if (address.isEmpty() || checking.get()) {
            return;
        }
        checking.set(true);
        result.set(Messages.get("connection.checking", address.get()));
        executor.execute(BackgroundTask.wrap(() -> probe.mayWrite(address.get()))
                .onSuccess(mayWrite -> result.set(Messages.get(mayWrite ? "connection.ok.write" : "connection.ok.readOnly",
                        address.get(), address.get().user())))
                .onFailure(e -> result.set(FailureMessage.of(e)))
                .onFinished(() -> checking.set(false)));
    }

    /** Remembers the choice for the next start (nothing is remembered when the address cannot be used). */
    public Outcome choose() {
        if (place.get() == Place.THIS_COMPUTER) {
            settings.setStoreLocation(null);
            settings.writeOut(executor);
            return current instanceof ServerAddress ? Outcome.NEXT_START : Outcome.UNCHANGED;
        }
        Optional<ServerAddress> address = typedAddress();
        if (address.isEmpty()) {
            return Outcome.REFUSED;
        }
        settings.setStoreLocation(address.get().toString());
        settings.writeOut(executor);
        return address.get().equals(current) ? Outcome.UNCHANGED : Outcome.NEXT_START;
    }

    /** The server typed, checked part by part as {@code --db} is; empty (and the reason shown) when it cannot be used. */
    Optional<ServerAddress> typedAddress() {
        if (host.get().isBlank() || user.get().isBlank() || database.get().isBlank()) {
            result.set(Messages.get("connection.incomplete"));
            return Optional.empty();
        }
        String text = "postgresql://" + host.get().strip() + ":" + port.get().strip() + "/" + database.get().strip()
                + "?user=" + user.get().strip();
        try {
            return Optional.of(ServerAddress.parse(text));
        } catch (StoreException e) {
            result.set(e.getMessage());
            return Optional.empty();
        }
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** One line: the outcome of the last check, or why the typed address cannot be used. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while a check runs: the form waits for it. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}

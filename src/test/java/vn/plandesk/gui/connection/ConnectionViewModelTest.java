package vn.plandesk.gui.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.gui.background.StepTaskExecutor;
import vn.plandesk.gui.settings.CountingPreferences;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.ServerAddress;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.StoreLocation;

/** Tệp → Kết nối máy chủ without a screen: the form, the check in the background, what is remembered. */
class ConnectionViewModelTest {
    private static final StoreLocation THIS_COMPUTER = new StoreLocation.Folder(Path.of("/home/vanthu/.local/share/plandesk"));
    private static final ServerAddress OFFICE = new ServerAddress("may-chu", 5432, "plandesk", "vanthu", "prefer");

    private final Preferences node = Preferences.userRoot().node("vn/plandesk-test/connection-" + System.nanoTime());
    private final Settings settings = new Settings(node);
    private final StepTaskExecutor background = new StepTaskExecutor();
    private final List<ServerAddress> tried = new ArrayList<>();
    /** What the server answers a check: may the login write, or a refusal. */
    private Object serverAnswer = true;

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private ConnectionViewModel form(StoreLocation current) {
        return new ConnectionViewModel(settings, current, address -> {
            tried.add(address);
            if (serverAnswer instanceof StoreException refusal) {
                throw refusal;
            }
            return (Boolean) serverAnswer;
        }, background);
    }

    private static void type(ConnectionViewModel form, String host, String port, String database, String user) {
        form.placeProperty().set(ConnectionViewModel.Place.SERVER);
        form.hostProperty().set(host);
        form.portProperty().set(port);
        form.databaseProperty().set(database);
        form.userProperty().set(user);
    }

    @Test
    void aServerChosenIsRememberedForTheNextStartAndNoPasswordIsAskedOrKept() {
        ConnectionViewModel form = form(THIS_COMPUTER);
        assertEquals(ConnectionViewModel.Place.THIS_COMPUTER, form.placeProperty().get());
        assertEquals("5432", form.portProperty().get());
        assertEquals("plandesk", form.databaseProperty().get());

        type(form, "may-chu", "5432", "plandesk", "vanthu");
        assertEquals(ConnectionViewModel.Outcome.NEXT_START, form.choose());

        assertEquals(Optional.of("postgresql://may-chu:5432/plandesk?user=vanthu"), new Settings(node).storeLocation());
        assertTrue(tried.isEmpty(), "choosing alone does not connect");
    }

    /** A choice made in the dialog is written to the settings file at once, but on the background executor. */
    @Test
    void theChoiceIsWrittenOutInTheBackground() {
        CountingPreferences file = new CountingPreferences();
        background.hold = true;
        ConnectionViewModel form = new ConnectionViewModel(new Settings(file), THIS_COMPUTER, address -> true, background);
        type(form, "may-chu", "5432", "plandesk", "vanthu");

        assertEquals(ConnectionViewModel.Outcome.NEXT_START, form.choose());
        assertEquals(0, file.writes(), "nothing written on the JavaFX thread");
        background.runHeld();
        assertEquals(1, file.writes());
        assertEquals(OFFICE.toString(), new Settings(file).storeLocation().orElseThrow());
    }

    @Test
    void theFormStartsFromTheServerOpenNowAndChoosingItAgainChangesNothing() {
        ConnectionViewModel form = form(OFFICE);
        assertEquals(ConnectionViewModel.Place.SERVER, form.placeProperty().get());
        assertEquals("may-chu", form.hostProperty().get());
        assertEquals("vanthu", form.userProperty().get());

        assertEquals(ConnectionViewModel.Outcome.UNCHANGED, form.choose());
    }

    @Test
    void goingBackToThisComputerForgetsTheServer() {
        settings.setStoreLocation(OFFICE.toString());
        ConnectionViewModel form = form(OFFICE);

        form.placeProperty().set(ConnectionViewModel.Place.THIS_COMPUTER);
        assertEquals(ConnectionViewModel.Outcome.NEXT_START, form.choose());

        assertEquals(Optional.empty(), new Settings(node).storeLocation());
    }

    @Test
    void aRememberedServerFillsTheFormWhileThisComputersDataIsOpen() {
        settings.setStoreLocation("postgresql://10.0.0.5:5433/kehoach?user=lanhdao");
        ConnectionViewModel form = form(THIS_COMPUTER);

        assertEquals(ConnectionViewModel.Place.THIS_COMPUTER, form.placeProperty().get());
        assertEquals("10.0.0.5", form.hostProperty().get());
        assertEquals("5433", form.portProperty().get());
        assertEquals("kehoach", form.databaseProperty().get());
        assertEquals("lanhdao", form.userProperty().get());
    }

    @Test
    void anAddressThatCannotBeUsedIsRefusedInOneLineAndNothingIsRemembered() {
        ConnectionViewModel form = form(THIS_COMPUTER);
        settings.setStoreLocation(OFFICE.toString());

        type(form, "may-chu", "năm", "plandesk", "vanthu");
        assertEquals(ConnectionViewModel.Outcome.REFUSED, form.choose());
        assertTrue(form.resultProperty().get().contains(Messages.get("server.part.port")), form.resultProperty().get());

        type(form, "may-chu", "5432", "plandesk", "vanthu:mat-khau"); // a password slipped into the login is never kept
        assertEquals(ConnectionViewModel.Outcome.REFUSED, form.choose());
        assertTrue(form.resultProperty().get().contains(Messages.get("server.part.user")), form.resultProperty().get());

        type(form, " ", "5432", "plandesk", "vanthu");
        assertEquals(ConnectionViewModel.Outcome.REFUSED, form.choose());
        assertEquals(Messages.get("connection.incomplete"), form.resultProperty().get());

        assertEquals(Optional.of(OFFICE.toString()), settings.storeLocation(), "the earlier choice stays");
        assertFalse(form.resultProperty().get().lines().count() > 1);
    }

    @Test
    void theCheckRunsInTheBackgroundAndSaysWhatTheLoginMayDo() {
        ConnectionViewModel form = form(THIS_COMPUTER);
        type(form, "may-chu", "5432", "plandesk", "lanhdao");
        background.hold = true;

        form.check();
        assertTrue(form.checkingProperty().get());
        assertTrue(tried.isEmpty(), "nothing connects on the JavaFX thread");
        assertEquals("Đang kết nối postgresql://may-chu:5432/plandesk?user=lanhdao…", form.resultProperty().get());

        serverAnswer = false;
        background.runHeld();
        assertFalse(form.checkingProperty().get());
        assertEquals("Kết nối được postgresql://may-chu:5432/plandesk?user=lanhdao: tài khoản lanhdao chỉ được xem dữ liệu"
                + " (cửa sổ sẽ mở ở chế độ chỉ xem).", form.resultProperty().get());
        assertEquals(Optional.empty(), settings.storeLocation(), "checking is not choosing");
    }

    @Test
    void aFailedCheckTellsTheServersReasonInOneLine() {
        ConnectionViewModel form = form(THIS_COMPUTER);
        type(form, "may-chu", "5432", "plandesk", "vanthu");
        StoreException refusal = new StoreException(StoreException.Reason.CANNOT_OPEN, "server.noPassword", OFFICE, "vanthu");
        serverAnswer = refusal;

        form.check();

        assertEquals(refusal.getMessage(), form.resultProperty().get());
        assertEquals(List.of(OFFICE), tried);
        assertFalse(form.checkingProperty().get());
    }
}

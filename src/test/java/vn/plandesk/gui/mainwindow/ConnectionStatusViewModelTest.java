package vn.plandesk.gui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import vn.plandesk.gui.editor.EditorFixture;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.testing.StoppableServer;

/** The status bar's words about the office server while it is stopped and started again. */
class ConnectionStatusViewModelTest {
    private static final long PATIENCE_MILLIS = 30_000;

    @RegisterExtension
    static final StoppableServer server = new StoppableServer();

    @Test
    void theStatusBarSaysTheConnectionIsLostThenThatItIsBack() throws Exception {
        Messages.setLocale(Messages.VIETNAMESE);
        try (Store store = Store.open(server.createDatabase())) {
            ConnectionStatusViewModel status = new ConnectionStatusViewModel(store.health(), server.hostAndPort(), EditorFixture.CLOCK,
                    new ImmediateTaskExecutor());
            assertEquals("", status.textProperty().get(), "nothing to say while all is well");

            server.stop();
            await(() -> status.lostProperty().get());
            assertEquals("Mất kết nối với máy chủ " + server.hostAndPort() + " từ 09:41:05: thay đổi lúc này sẽ không được lưu.",
                    status.textProperty().get());

            server.start();
            await(() -> !status.lostProperty().get());
            assertEquals("Đã kết nối lại với máy chủ " + server.hostAndPort() + " lúc 09:41:05.", status.textProperty().get());
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "not told within " + PATIENCE_MILLIS + " ms");
            Thread.sleep(50);
        }
    }
}

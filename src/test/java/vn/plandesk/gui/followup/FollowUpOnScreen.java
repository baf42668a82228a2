package vn.plandesk.gui.followup;

import static vn.plandesk.logic.followup.FollowUpPlans.day;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.plandesk.gui.FxWaits;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.FxTaskExecutor;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/**
 * Theo dõi's view model as the window makes it, for the tests that drive it on a screen: a store in
 * the test's folder holding the given plans, the window's executor, the real dialogs over the test
 * stage, today being {@link #TODAY}.
 */
public final class FollowUpOnScreen implements AutoCloseable {
    public static final LocalDate TODAY = day(2026, 3, 20);

    public final Store store;
    /** The ids of the plans given, in their order. */
    public final List<Long> planIds;
    public final StoreChanges changes = new StoreChanges();
    public final TaskExecutor executor = new FxTaskExecutor();
    public final FollowUpViewModel viewModel;

    public FollowUpOnScreen(Path folder, Stage stage, Plan... plans) throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder);
        List<Long> ids = new ArrayList<>();
        for (Plan plan : plans) {
            ids.add(store.plans().create(plan));
        }
        planIds = List.copyOf(ids);
        viewModel = new FollowUpViewModel(store.plans(), new FxFollowUpDialogs(new RecordingDialogService(), stage), changes,
                () -> TODAY, executor);
    }

    /** Shows Theo dõi alone on {@code stage}, as large as the window's tab. */
    public void show(Stage stage) {
        stage.setScene(new Scene(new FollowUpView(viewModel), 1200, 760));
        stage.show();
    }

    /** Waits for the plans to be read and the screen to show them. */
    public void settle() throws TimeoutException {
        FxWaits.until(() -> viewModel.isLoaded() && !viewModel.loadingProperty().get());
    }

    @Override
    public void close() {
        viewModel.dispose();
        executor.shutdown();
        store.close();
    }
}

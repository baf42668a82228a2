package vn.plandesk.gui;

import java.nio.file.Files;
import vn.plandesk.gui.background.FxTaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.plandesk.gui.followup.FollowUpView;
import vn.plandesk.gui.followup.FollowUpViewModel;
import vn.plandesk.gui.followup.FxFollowUpDialogs;
import vn.plandesk.gui.units.FxUnitDialogs;
import vn.plandesk.gui.units.UnitsView;
import vn.plandesk.gui.units.UnitsViewModel;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;
import vn.plandesk.testing.PlanGenerator;

/**
 * Shows the units directory or the follow-up view in a plain window over a new store holding the two
 * sample plans and a generated one, to look at under Xvfb:
 * {@code java ... vn.plandesk.gui.ViewsShowcase followup|units [yyyy-MM-dd] [en]}.
 */
public final class ViewsShowcase {

    private ViewsShowcase() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; public because JavaFX makes it by reflection. */
    public static final class Window extends Application {
        private Store store;

        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            String view = args.isEmpty() ? "followup" : args.get(0);
            LocalDate today = args.size() > 1 ? LocalDate.parse(args.get(1)) : LocalDate.now();
            Messages.setLocale(args.size() > 2 && args.get(2).equals("en") ? Messages.ENGLISH : Messages.VIETNAMESE);
            Path folder = Files.createTempDirectory("plandesk-showcase");
            store = Store.open(folder);
            SamplePlans.addTo(store.plans());
            store.plans().create(PlanGenerator.plan(300, 42));
            StoreChanges changes = new StoreChanges();
            FxDialogService shared = new FxDialogService(stage);
            Parent root;
            if (view.equals("units")) {
                // read at once, so that a unit can be selected below
                UnitsViewModel units = new UnitsViewModel(store.units(), shared, new FxUnitDialogs(shared), changes,
                        new vn.plandesk.gui.background.ImmediateTaskExecutor());
                root = new UnitsView(units);
                // Show where a unit is used, as after a click on it.
                units.shownUnits().stream().filter(u -> u.fullName().equals("Sở Tài chính")).findFirst()
                        .ifPresent(units.selectedProperty()::set);
            } else {
                FollowUpViewModel followUp = new FollowUpViewModel(store.plans(), new FxFollowUpDialogs(shared, stage), changes,
                        () -> today, new FxTaskExecutor());
                root = new FollowUpView(followUp);
                // Bring an extended task into view, to see both its deadlines.
                followUp.dueListProperty().addListener((o, before, now) -> Platform.runLater(() -> showFirstExtended(stage)));
            }
            stage.setTitle(Messages.get(view.equals("units") ? "units.title" : "followup.title"));
            stage.setScene(new Scene(root, 1400, 860));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        }

        @SuppressWarnings("unchecked")
        private static void showFirstExtended(Stage stage) {
            var tree = (javafx.scene.control.TreeTableView<FollowUpView.Row>) stage.getScene().lookup("#followUpTree");
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                FollowUpView.Row row = tree.getTreeItem(i).getValue();
                if (row != null && row.item() != null && row.item().isExtended()) {
                    tree.getSelectionModel().select(i);
                    tree.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
        }

        @Override
        public void stop() {
            if (store != null) {
                store.close();
            }
        }
    }
}

package vn.plandesk.gui.importreview;

import java.io.IOException;
import vn.plandesk.gui.background.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Unit;

/**
 * Shows the review window for a document, over a throw-away store with a few directory units, to
 * look at it on a real screen: {@code ImportReviewPreview FILE [en] [finding-number]}. With a
 * finding number, that finding is chosen once the document is read (its place is marked).
 */
public final class ImportReviewPreview {

    private ImportReviewPreview() {
    }

    /** A plain main class: JavaFX on the class path refuses to start an Application subclass as main. */
    public static void main(String[] args) {
        Application.launch(Preview.class, args);
    }

    /** The application that shows the window. */
    public static final class Preview extends Application {
    @Override
    public void start(Stage owner) throws IOException, StoreException {
        var args = getParameters().getUnnamed();
        if (args.contains("en")) {
            Messages.setLocale(Messages.ENGLISH);
        }
        Path folder = Files.createTempDirectory("plandesk-preview");
        Store store = Store.open(folder.resolve("plandesk"));
        store.units().create(Unit.named("Sở Kế hoạch và Đầu tư"));
        store.units().create(Unit.named("Văn phòng Sở Kế hoạch và Đầu tư"));
        store.units().create(new Unit(null, "Phòng Đăng ký kinh doanh", "ĐKKD", null, null, true));
        owner.setScene(new Scene(new Label("PlanDesk"), 200, 60));
        owner.show();
        ImportReview imports = new ImportReview(owner, store.plans(), store.units(), PublicBodies.withAdditions(store.folder()), new StoreChanges(),
                FxDialogService::new, new FxTaskExecutor());
        ImportReviewViewModel review = imports.openFile(Path.of(args.get(0)), id -> System.out.println("stored plan " + id));
        if (args.size() > 1 && args.get(args.size() - 1).matches("\\d+")) {
            int which = Integer.parseInt(args.get(args.size() - 1));
            review.stateProperty().addListener((o, before, state) -> {
                if (state == ImportReviewViewModel.State.READY) {
                    Platform.runLater(() -> review.goTo(review.findings().get(which)));
                }
            });
        }
    }
    }
}

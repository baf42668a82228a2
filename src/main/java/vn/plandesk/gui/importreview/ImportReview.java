package vn.plandesk.gui.importreview;

import java.nio.file.Path;
import vn.plandesk.gui.background.TaskExecutor;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.UnitDirectory;

/**
 * Bringing a plan document in, as the main window starts it: a file dropped or chosen
 * ({@link #openFile}) or text pasted ({@link #openText}, {@link #pasteText}). Each opens a review
 * window owned by the main window, reads the document in the background, and calls
 * {@code onStored} with the new plan's id once the user saved it. A file that cannot be read is
 * explained through the {@link DialogService} and nothing is stored. Units are recognised in the
 * office's directory, then in {@code bodies} (read at the first import, not when the window opens).
 */
public final class ImportReview {
    private final Window owner;
    private final PlanStore plans;
    private final UnitDirectory units;
    private final PublicBodies bodies;
    private final StoreChanges changes;
    private final Function<Window, DialogService> dialogs;
    private final TaskExecutor executor;

    /**
     * {@code dialogs} makes the dialogs over a review window ({@code FxDialogService::new} in the
     * application; tests answer them from a script).
     */
    public ImportReview(Window owner, PlanStore plans, UnitDirectory units, PublicBodies bodies, StoreChanges changes,
                        Function<Window, DialogService> dialogs, TaskExecutor executor) {
        this.executor = executor;
        this.owner = owner;
        this.plans = plans;
        this.units = units;
        this.bodies = bodies;
        this.changes = changes;
        this.dialogs = dialogs;
    }

    /** Reviews a file (.docx, .doc, .txt, MS Project .xml, plan .json). */
    public ImportReviewViewModel openFile(Path file, LongConsumer onStored) {
        ImportReviewViewModel review = open(onStored);
        review.readFile(file);
        return review;
    }

    /** Reviews text the user pasted. */
    public ImportReviewViewModel openText(String pasted, LongConsumer onStored) {
        ImportReviewViewModel review = open(onStored);
        review.readText(pasted);
        return review;
    }

    /** Asks for text to paste, then reviews it; does nothing when the user cancels. */
    public void pasteText(LongConsumer onStored) {
        PasteTextDialog.ask(owner).ifPresent(text -> openText(text, onStored));
    }

    private ImportReviewViewModel open(LongConsumer onStored) {
        Stage stage = new Stage();
        ImportReviewViewModel review = new ImportReviewViewModel(plans, units, bodies, changes, dialogs.apply(stage),
                executor);
        ImportReviewView view = new ImportReviewView(review);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("review.window.title", review.documentNameProperty().get()), review.documentNameProperty()));
        stage.setScene(new Scene(view.root()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1400, screen.getWidth()));
        stage.setHeight(Math.min(880, screen.getHeight()));
        stage.centerOnScreen();

        view.saveButton().setOnAction(event -> review.accept());
        view.cancelButton().setOnAction(event -> review.cancel());
        // closing the window is cancelling: nothing is stored
        stage.setOnCloseRequest(event -> review.cancel());
        review.stateProperty().addListener((o, before, state) -> {
            switch (state) {
                case STORED -> {
                    stage.close();
                    review.storedPlanId().ifPresent(onStored);
                }
                case FAILED, CANCELLED -> stage.close();
                default -> {
                }
            }
        });
        stage.show();
        return review;
    }
}

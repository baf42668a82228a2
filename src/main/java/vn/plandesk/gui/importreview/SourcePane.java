package vn.plandesk.gui.importreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The document's text, read-only, coloured by what was read in it (phases, tasks, deadlines, the
 * signer; text that went into no field is grey), with the place of the selected item marked and
 * scrolled into view.
 */
final class SourcePane extends ScrollPane {
    private final TextFlow flow = new TextFlow();
    private final Path marker = new Path();

    SourcePane(ImportReviewViewModel review) {
        flow.getStyleClass().add("source-text");
        marker.getStyleClass().add("source-marker");
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        StackPane content = new StackPane(marker, flow);
        content.setAlignment(Pos.TOP_LEFT);
        setContent(content);
        setFitToWidth(true);
        setId("reviewSource");
        getStyleClass().add("source-pane");

        review.sourceRuns().addListener((javafx.collections.ListChangeListener<SourceRuns.Run>) change -> fill(review));
        fill(review);
        review.sourceSelectionProperty().addListener((o, before, range) -> mark(range));
        // the marker's shape depends on where lines wrap, which changes with the width
        flow.layoutBoundsProperty().addListener((o, before, now) -> drawMarker(review.sourceSelectionProperty().get()));
    }

    private void fill(ImportReviewViewModel review) {
        String text = review.sourceTextProperty().get();
        List<Text> nodes = new ArrayList<>();
        for (SourceRuns.Run run : review.sourceRuns()) {
            Text piece = new Text(text.substring(run.start(), run.end()));
            piece.getStyleClass().add("source-" + run.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            nodes.add(piece);
        }
        flow.getChildren().setAll(nodes);
    }

    private void mark(ImportReviewViewModel.SourceRange range) {
        drawMarker(range);
        if (range != null) {
            // after layout, so the marker's bounds are those of the wrapped text
            Platform.runLater(this::scrollToMarker);
        }
    }

    private void drawMarker(ImportReviewViewModel.SourceRange range) {
        if (range == null || range.end() <= range.start()) {
            marker.getElements().clear();
            return;
        }
        marker.getElements().setAll(flow.rangeShape(range.start(), range.end()));
        marker.setLayoutX(flow.getLayoutX());
        marker.setLayoutY(flow.getLayoutY());
    }

    private void scrollToMarker() {
        Bounds shape = marker.getBoundsInParent();
        double contentHeight = flow.getHeight();
        double viewport = getViewportBounds().getHeight();
        if (shape.isEmpty() || contentHeight <= viewport) {
            return;
        }
        // the marked text a third of the way down, so what precedes it is visible too
        double top = Math.max(0, shape.getMinY() - viewport / 3);
        setVvalue(Math.min(1, top / (contentHeight - viewport)));
    }
}

package vn.plandesk.gui.importreview;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import vn.plandesk.logic.i18n.Messages;

/** Every finding, where it points and why; choosing one goes to its field. Dealt-with ones are greyed. */
final class FindingsList extends ListView<FindingItem> {
    private static final PseudoClass RESOLVED = PseudoClass.getPseudoClass("resolved");

    FindingsList(ImportReviewViewModel review) {
        super(review.findings());
        setId("reviewFindings");
        setPlaceholder(new Label(Messages.get("review.findings.none")));
        setCellFactory(list -> new FindingCell());
        getSelectionModel().selectedItemProperty().addListener((o, before, item) -> {
            if (item != null) {
                review.goTo(item);
            }
        });
        // choosing the selected line again still goes there
        setOnMouseClicked(event -> {
            FindingItem item = getSelectionModel().getSelectedItem();
            if (item != null && event.getClickCount() == 2) {
                review.goTo(item);
            }
        });
    }

    private static final class FindingCell extends ListCell<FindingItem> {
        private final Label where = new Label();
        private final Label reason = new Label();
        private final VBox box = new VBox(1, where, reason);
        private final javafx.beans.value.ChangeListener<Boolean> redraw = (o, was, is) -> show(getItem());
        private FindingItem watched;

        FindingCell() {
            where.getStyleClass().add("finding-where");
            reason.getStyleClass().add("finding-reason");
            reason.setWrapText(true);
            where.setWrapText(true);
            // wrap at the list's width instead of widening the cell
            box.prefWidthProperty().bind(widthProperty().subtract(24));
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(FindingItem item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.resolvedProperty().removeListener(redraw);
            }
            watched = empty ? null : item;
            if (watched != null) {
                watched.resolvedProperty().addListener(redraw);
            }
            show(watched);
        }

        private void show(FindingItem item) {
            if (item == null) {
                setGraphic(null);
                pseudoClassStateChanged(RESOLVED, false);
                return;
            }
            where.setText(item.isResolved() ? Messages.get("review.findings.checked", item.where()) : item.where());
            reason.setText(item.reason());
            pseudoClassStateChanged(RESOLVED, item.isResolved());
            setGraphic(box);
        }
    }
}

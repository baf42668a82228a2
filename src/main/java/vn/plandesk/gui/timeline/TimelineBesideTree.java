package vn.plandesk.gui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.Region;
import vn.plandesk.gui.editor.EditorRow;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.editor.PlanTreeView;

/**
 * The chart beside the plan tree: one chart row for each row the tree shows (a collapsed phase hides
 * its rows in both), the same row at the top in both when either is scrolled. Which chart row goes
 * with which tree row is {@link TimelineViewModel#showRowsOf}; this only listens to the two views.
 */
public final class TimelineBesideTree {
    private TimelineBesideTree() {
    }

    public static void attach(PlanEditorViewModel editor, PlanTreeView tree, TimelineViewModel model, TimelineView view) {
        model.showNamesProperty().set(false); // the tree beside it shows the names
        // After the tree has laid out its rows; not on scrolling, which leaves the rows as they are. Once for
        // changes that come together (a plan shown changes its root and the number of rows).
        boolean[] pending = {false};
        Runnable refresh = () -> {
            if (pending[0]) {
                return;
            }
            pending[0] = true;
            Platform.runLater(() -> {
                pending[0] = false;
                model.todayProperty().set(LocalDate.now());
                model.showRowsOf(editor.plan(), rowsShownBy(tree));
                view.scrollToRow(tree.firstVisibleRowProperty().get());
            });
        };
        tree.tree().expandedItemCountProperty().addListener((obs, old, count) -> refresh.run());
        editor.rootProperty().addListener((obs, old, root) -> refresh.run());
        editor.savedTextProperty().addListener((obs, old, saved) -> refresh.run());
        tree.firstVisibleRowProperty().addListener((obs, old, first) -> view.scrollToRow(first.intValue()));
        model.firstVisibleRowProperty().addListener((obs, old, first) -> {
            if (first.intValue() != tree.firstVisibleRowProperty().get()) {
                tree.scrollToRow(first.intValue());
            }
        });
        lineUpFirstRows(tree, view);
    }

    /**
     * The rows the tree shows now, top to bottom: its items walked in order, into expanded ones only. (Asking
     * the tree for row after row finds each from the top again, which took a 10,000-task plan's start a
     * fifth of a second.)
     */
    private static List<TimelineViewModel.TreeRow> rowsShownBy(PlanTreeView tree) {
        List<TimelineViewModel.TreeRow> shown = new ArrayList<>();
        TreeItem<EditorRow> root = tree.tree().getRoot();
        if (root != null) {
            addShown(root.getChildren(), shown);
        }
        return shown;
    }

    private static void addShown(List<TreeItem<EditorRow>> items, List<TimelineViewModel.TreeRow> shown) {
        for (TreeItem<EditorRow> item : items) {
            if (item.getValue() != null) {
                shown.add(new TimelineViewModel.TreeRow(item.getValue() instanceof EditorRow.PhaseRow, item.getValue().id()));
            }
            if (item.isExpanded()) {
                addShown(item.getChildren(), shown);
            }
        }
    }

    /**
     * The chart's zoom bar and time scale are higher than the tree's column header: the tree moves
     * down by the difference, so that its first row is level with the chart's first row.
     */
    private static void lineUpFirstRows(PlanTreeView tree, TimelineView view) {
        Region header = (Region) tree.tree().lookup(".column-header-background");
        if (header == null) { // the tree has no skin yet: it gets one when it first joins the window's scene
            tree.tree().skinProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable skin) {
                    skin.removeListener(this);
                    lineUpFirstRows(tree, view);
                }
            });
            return;
        }
        tree.paddingProperty().bind(Bindings.createObjectBinding(
                () -> new Insets(Math.max(0, view.firstRowTopProperty().get() - tree.tree().snappedTopInset() - header.getHeight()), 0, 0, 0),
                view.firstRowTopProperty(), header.heightProperty(), tree.tree().insetsProperty()));
    }
}

package vn.plandesk.bench;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import vn.plandesk.app.StartupTrace;

/**
 * The floor under "the last open plan shown" in {@code src/test/scripts/startup-bench.sh}: the least
 * a JavaFX program does to show a plan of that size, with no store, no other control and no timeline: a
 * stage holding one tree table of the plan's rows (phases of a hundred tasks, eight text columns of the
 * editor's widths, fixed row height), reporting when it is painted as {@link BareWindow} does. Whatever
 * PlanDesk does on top of this (reading the plan, the rest of the window, the timeline) is the part
 * PlanDesk can make faster; this part the toolkit takes on any machine of its kind.
 */
public final class BareTreeWindow {
    private static final double[] COLUMN_WIDTHS = {380, 330, 170, 170, 150, 80, 105, 160};
    private static final int TASKS_PER_PHASE = 100;

    private BareTreeWindow() {
    }

    /** {@code args[0]}: the number of tasks. */
    public static void main(String[] args) {
        StartupTrace.mark("main");
        Application.launch(Window.class, args);
    }

    /** Not the main class: with JavaFX on the class path a main class extending Application does not start. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            StartupTrace.mark("toolkit");
            int tasks = Integer.parseInt(getParameters().getRaw().get(0));
            TreeItem<String[]> root = new TreeItem<>();
            TreeItem<String[]> phase = null;
            for (int t = 0; t < tasks; t++) {
                if (t % TASKS_PER_PHASE == 0) {
                    phase = new TreeItem<>(row("Giai đoạn " + (t / TASKS_PER_PHASE + 1), t));
                    phase.setExpanded(true);
                    root.getChildren().add(phase);
                }
                phase.getChildren().add(new TreeItem<>(row("Xây dựng kế hoạch triển khai số " + (t + 1), t)));
            }
            // the rows made before the tree shows them, as PlanDesk makes them on a background thread
            TreeTableView<String[]> tree = new TreeTableView<>(root);
            tree.setShowRoot(false);
            tree.setFixedCellSize(30);
            for (int c = 0; c < COLUMN_WIDTHS.length; c++) {
                int column = c;
                TreeTableColumn<String[], String> treeColumn = new TreeTableColumn<>("Cột " + (c + 1));
                treeColumn.setPrefWidth(COLUMN_WIDTHS[c]);
                treeColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().getValue()[column]));
                tree.getColumns().add(treeColumn);
            }
            stage.setScene(new Scene(tree, 1400, 860));
            stage.setTitle("Bare tree window");
            stage.show();
            StartupTrace.mark("shown");
            StartupTrace.contentReady();
        }

        private static String[] row(String content, int t) {
            return new String[] {content, "Trước ngày " + (1 + t % 28) + "/" + (1 + t % 12) + "/2026", "Sở Thông tin và Truyền thông",
                    "Các sở, ban, ngành", "Báo cáo", (t % 101) + "%", "", "Ghi chú"};
        }
    }
}

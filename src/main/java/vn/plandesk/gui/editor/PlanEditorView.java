package vn.plandesk.gui.editor;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.validation.Problem;
import vn.plandesk.gui.settings.Settings;

/**
 * The open plan: its header on top, the tree of phases and tasks below with room on its right for
 * a timeline ({@link #setSidePane}), and the list of things to look at under it. Opening and
 * copying a plan run off the JavaFX thread (the view model's executor) behind a progress indicator.
 */
public final class PlanEditorView extends BorderPane {
    private final PlanEditorViewModel editor;
    private final Settings settings;
    private final HeaderPane header;
    private final PlanTreeView treeView;
    private final SplitPane split = new SplitPane();
    private final VBox busy = new VBox(10);
    private final Label busyText = new Label();
    private Node sidePane;
    /** The header, tree and lists: in {@link #center} from the first plan on, see {@link #addWithFirstPlan}. */
    private final VBox planParts;
    private final StackPane center;

    public PlanEditorView(PlanEditorViewModel editor, Settings settings) {
        this.editor = editor;
        this.settings = settings;
        this.treeView = new PlanTreeView(editor, settings);
        this.header = new HeaderPane(editor, treeView::focusTree);
        getStyleClass().add("plan-editor");
        header.setExpanded(settings.flag("headerExpanded", false));
        header.expandedProperty().addListener((o, was, now) -> settings.setFlag("headerExpanded", now));

        split.getItems().add(treeView);
        split.setOrientation(Orientation.HORIZONTAL);

        busy.getChildren().add(busyText);
        busy.setAlignment(Pos.CENTER);
        busy.getStyleClass().add("busy-overlay");
        busy.visibleProperty().bind(editor.busyTextProperty().isNotNull());
        // The spinning indicator (a dozen styled segments) joins when first needed: hidden, it was styled with the window.
        busy.visibleProperty().addListener((o, was, shown) -> {
            if (shown && busy.getChildren().size() == 1) {
                ProgressIndicator progress = new ProgressIndicator();
                progress.setMaxSize(48, 48);
                busy.getChildren().add(0, progress);
            }
        });
        busyText.textProperty().bind(editor.busyTextProperty());

        Label placeholder = new Label(Messages.get("editor.placeholder"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        StackPane placeholderBox = new StackPane(placeholder);
        placeholderBox.setPadding(new Insets(40));
        placeholderBox.visibleProperty().bind(editor.rootProperty().isNull());

        planParts = new VBox(header, split, problemsPane());
        // Narrower than its parts would like, the editor shrinks them instead of being cut off at the edge.
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {planParts, header, split, treeView}) {
            r.setMinWidth(0);
        }
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        planParts.visibleProperty().bind(editor.rootProperty().isNotNull());
        center = new StackPane(placeholderBox, busy);
        setCenter(center);
        addWithFirstPlan();
    }

    /**
     * The plan's parts join the scene when the first plan is asked for (or shown, when the view model is told
     * directly): a window started without one does not style and lay out the header form, tree and lists,
     * which made up much of its first frame. Asked for at start (the plan open last time), they are styled
     * while the plan is read.
     */
    private void addWithFirstPlan() {
        if (editor.rootProperty().get() != null) {
            addPlanParts();
            return;
        }
        editor.rootProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable root) {
                if (editor.rootProperty().get() != null) {
                    root.removeListener(this);
                    addPlanParts();
                }
            }
        });
    }

    private void addPlanParts() {
        if (!center.getChildren().contains(planParts)) {
            center.getChildren().add(0, planParts);
            // Skins at once (they come with styles): the header's fields are children of its skin, and a new
            // plan puts the cursor in its subject right after it is shown.
            planParts.applyCss();
        }
    }

    /** Whether the plan's header form is open (Xem → Phần đầu văn bản follows it). */
    public BooleanProperty headerExpandedProperty() {
        return header.expandedProperty();
    }

    /** Puts a pane (the timeline) to the right of the tree; null takes it away. */
    public void setSidePane(Node pane) {
        if (sidePane != null) {
            split.getItems().remove(sidePane);
        }
        sidePane = pane;
        if (pane != null) {
            split.getItems().add(pane);
            double[] at = settings.dividers("editor.side", 0.62);
            split.setDividerPositions(at);
            split.getDividers().get(0).positionProperty()
                    .addListener((o, was, now) -> settings.setDividers("editor.side", now.doubleValue()));
        }
    }

    /** The tree, for the timeline to follow its rows and for the menus to act on. */
    public PlanTreeView treeView() {
        return treeView;
    }

    /** Opens a plan without freezing the window; a 10,000-task plan shows a progress indicator meanwhile. */
    public void open(long planId) {
        addPlanParts();
        editor.open(planId, () -> whenOpened(planId));
    }

    /** Opens the plan that was open last time, if it is still stored; nothing is said when it is not. */
    public void reopen(long planId) {
        addPlanParts();
        editor.reopen(planId, () -> whenOpened(planId));
    }

    private void whenOpened(long planId) {
        settings.setLastPlan(planId);
        treeView.focusTree();
    }

    /** Ctrl+N: a new draft, its subject ready to type. */
    public void newPlan() {
        addPlanParts();
        editor.createPlan(id -> {
            settings.setLastPlan(id);
            header.editSubject();
        });
    }

    /** Next year's plan from the open one, stored in the background, then opened. */
    public void duplicatePlan() {
        addPlanParts();
        editor.duplicatePlan(id -> {
            settings.setLastPlan(id);
            header.setExpanded(true);
        });
    }

    /** Whether a plan is being opened or copied right now. */
    public boolean isBusy() {
        return busy.isVisible();
    }

    private Node problemsPane() {
        TitledPane pane = new TitledPane();
        pane.setId("problems");
        pane.textProperty().bind(javafx.beans.binding.Bindings.size(editor.problems())
                .map(n -> n.intValue() == 0 ? Messages.get("editor.problems.none") : Messages.get("editor.problems.some", n)));
        pane.setExpanded(false);
        pane.setAnimated(false);
        // The list is made when the pane is first opened: folded, it was styled and laid out with the window.
        pane.expandedProperty().addListener((o, was, expanded) -> {
            if (expanded && pane.getContent() == null) {
                pane.setContent(problemList());
            }
        });
        return pane;
    }

    private ListView<Problem> problemList() {
        ListView<Problem> list = new ListView<>(editor.problems());
        list.setId("problemList");
        list.setPrefHeight(130);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.message());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, p) -> {
            if (p != null) {
                goTo(p);
            }
        });
        return list;
    }

    private void goTo(Problem p) {
        if (p.isAboutHeader()) {
            header.setExpanded(true);
            return;
        }
        TreeItem<EditorRow> root = editor.rootProperty().get();
        TreeItem<EditorRow> item = find(root, p);
        if (item != null) {
            int index = treeView.tree().getRow(item);
            treeView.tree().getSelectionModel().clearAndSelect(index);
            treeView.tree().scrollTo(Math.max(0, index - 3));
        }
    }

    private static TreeItem<EditorRow> find(TreeItem<EditorRow> at, Problem p) {
        for (TreeItem<EditorRow> child : at.getChildren()) {
            EditorRow row = child.getValue();
            boolean match = row instanceof EditorRow.TaskRow ? p.isAboutTask(row.id()) : p.isAboutPhase(row.id());
            if (match) {
                return child;
            }
            TreeItem<EditorRow> inside = find(child, p);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}

package vn.plandesk.gui.importreview;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentType;

/**
 * The review window's content: the source on the left, the plan read from it on the right
 * (header, the tree of phases and tasks, then the findings and the unknown units), "Lưu kế hoạch"
 * and "Hủy" below. Everything it shows and does goes through the {@link ImportReviewViewModel}.
 */
final class ImportReviewView {

    private final ImportReviewViewModel review;
    private final Map<ReviewField<?>, Control> headerControls = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final ReviewTree tree;
    private final UnitChoicePane units;
    private final TabPane tabs = new TabPane();
    private final Tab unitsTab = new Tab();
    private final Button save = new Button(Messages.get("review.save"));
    private final Button cancel = new Button(Messages.get("review.cancel"));

    ImportReviewView(ImportReviewViewModel review) {
        this.review = review;
        this.tree = new ReviewTree(review);
        this.units = new UnitChoicePane(review);
        root.getStyleClass().add("import-review");
        root.getStylesheets().add(ImportReviewView.class.getResource("import-review.css").toExternalForm());

        SplitPane sides = new SplitPane(sourceSide(), planSide());
        sides.setDividerPositions(0.33);
        StackPane center = new StackPane(sides, readingOverlay());
        root.setCenter(center);
        root.setBottom(buttons());
        review.goneToProperty().addListener((o, before, item) -> {
            if (item != null) {
                goTo(item);
            }
        });
    }

    Parent root() {
        return root;
    }

    Button saveButton() {
        return save;
    }

    Button cancelButton() {
        return cancel;
    }

    private Node sourceSide() {
        Label title = new Label(Messages.get("review.source.title"));
        title.getStyleClass().add("side-title");
        FlowPane legend = new FlowPane(10, 4);
        for (SourceRuns.Kind kind : SourceRuns.Kind.values()) {
            Label key = new Label(Messages.get("review.legend." + kind.name().toLowerCase(java.util.Locale.ROOT)));
            key.getStyleClass().addAll("legend", "legend-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            legend.getChildren().add(key);
        }
        SourcePane source = new SourcePane(review);
        VBox side = new VBox(6, title, legend, source);
        VBox.setVgrow(source, Priority.ALWAYS);
        side.setPadding(new Insets(8));
        return side;
    }

    private Node planSide() {
        Label title = new Label(Messages.get("review.plan.title"));
        title.getStyleClass().add("side-title");

        Tab findingsTab = new Tab();
        findingsTab.setContent(new FindingsList(review));
        findingsTab.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("review.tab.findings", review.openFindingsProperty().get()), review.openFindingsProperty()));
        unitsTab.setContent(units);
        unitsTab.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("review.tab.units", review.unitChoices().size()), review.unitChoices()));
        tabs.getTabs().setAll(findingsTab, unitsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane body = new SplitPane(tree, tabs);
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.62);
        VBox side = new VBox(6, title, header(), body);
        VBox.setVgrow(body, Priority.ALWAYS);
        side.setPadding(new Insets(8));
        return side;
    }

    private GridPane header() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(5);
        grid.getStyleClass().add("review-header");
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setFillWidth(true);
        grid.getColumnConstraints().setAll(label, field, label, field);

        ComboBox<DocumentType> type = new ComboBox<>();
        type.getItems().setAll(DocumentType.values());
        type.setConverter(converter(DocumentType::title));
        type.valueProperty().bindBidirectional(review.type().valueProperty());
        mark(type, review.type(), "reviewType");

        DatePicker issued = new DatePicker();
        issued.setConverter(FxDialogService.dates(review.issuedOn()::value));
        issued.setPromptText(Messages.get("review.datePrompt"));
        issued.valueProperty().bindBidirectional(review.issuedOn().valueProperty());
        mark(issued, review.issuedOn(), "reviewIssuedOn");

        ComboBox<Authority> authority = new ComboBox<>();
        authority.getItems().add(null);
        authority.getItems().addAll(Authority.values());
        authority.setConverter(converter(a -> a == null ? "" : a.prefix()));
        authority.valueProperty().bindBidirectional(review.signerAuthority().valueProperty());
        mark(authority, review.signerAuthority(), "reviewAuthority");
        authority.setTooltip(new Tooltip(review.signerAuthority().name()));
        TextField position = text(review.signerPosition(), "reviewSignerPosition");
        position.setPromptText(review.signerPosition().name());
        TextField signer = text(review.signerName(), "reviewSigner");
        signer.setPromptText(review.signerName().name());
        HBox signature = new HBox(6, authority, position, signer);
        HBox.setHgrow(position, Priority.ALWAYS);
        HBox.setHgrow(signer, Priority.ALWAYS);

        TextArea recipients = new TextArea();
        recipients.setPrefRowCount(2);
        recipients.textProperty().bindBidirectional(review.recipients().valueProperty());
        mark(recipients, review.recipients(), "reviewRecipients");

        int row = 0;
        grid.addRow(row++, caption(review.type()), type, caption(review.number()), text(review.number(), "reviewNumber"));
        grid.addRow(row++, caption(review.governingBody()), text(review.governingBody(), "reviewGoverningBody"),
                caption(review.issuer()), text(review.issuer(), "reviewIssuer"));
        grid.addRow(row++, caption(review.place()), text(review.place(), "reviewPlace"), caption(review.issuedOn()), issued);
        grid.add(caption(review.subject()), 0, row);
        grid.add(text(review.subject(), "reviewSubject"), 1, row++, 3, 1);
        grid.add(new Label(Messages.get("review.field.signature")), 0, row);
        grid.add(signature, 1, row++, 3, 1);
        grid.add(caption(review.recipients()), 0, row);
        grid.add(recipients, 1, row, 3, 1);
        return grid;
    }

    private static Label caption(ReviewField<?> field) {
        return new Label(field.name());
    }

    private TextField text(ReviewField<String> field, String id) {
        TextField control = new TextField();
        control.textProperty().bindBidirectional(field.valueProperty());
        mark(control, field, id);
        return control;
    }

    /** Keeps a header control's mark (style and tooltip with the reason) in step with its field. */
    private void mark(Control control, ReviewField<?> field, String id) {
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        headerControls.put(field, control);
        Runnable apply = () -> {
            control.getStyleClass().remove(ReviewFieldCell.UNCERTAIN);
            if (field.isUncertain()) {
                control.getStyleClass().add(ReviewFieldCell.UNCERTAIN);
                Tooltip tip = new Tooltip(field.reason());
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                control.setTooltip(tip);
            } else if (!(control instanceof ComboBox<?>)) {
                control.setTooltip(null);
            }
        };
        field.reasonProperty().addListener((o, before, now) -> apply.run());
        apply.run();
    }

    private Node readingOverlay() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("reviewProgress");
        Label reading = new Label();
        reading.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("review.reading", review.documentNameProperty().get()), review.documentNameProperty()));
        VBox overlay = new VBox(12, progress, reading);
        overlay.setAlignment(Pos.CENTER);
        overlay.getStyleClass().add("reading-overlay");
        overlay.visibleProperty().bind(review.stateProperty().isEqualTo(ImportReviewViewModel.State.READING));
        return overlay;
    }

    private Node buttons() {
        save.setId("reviewSave");
        save.setDefaultButton(true);
        cancel.setId("reviewCancel");
        cancel.setCancelButton(true);
        save.disableProperty().bind(review.stateProperty().isNotEqualTo(ImportReviewViewModel.State.READY));
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Label note = new Label(Messages.get("review.nothingStoredYet"));
        note.getStyleClass().add("review-note");
        ButtonBar bar = new ButtonBar();
        bar.getButtons().setAll(save, cancel);
        HBox line = new HBox(12, note, bar);
        HBox.setHgrow(bar, Priority.ALWAYS);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(8, 12, 10, 12));
        return line;
    }

    private void goTo(FindingItem item) {
        // after the click on the findings list has finished, which would otherwise keep the focus
        javafx.application.Platform.runLater(() -> goToNow(item));
    }

    private void goToNow(FindingItem item) {
        if (item.row() != null) {
            tree.show(item.row(), item.field());
        } else if (item.unit() != null) {
            tabs.getSelectionModel().select(unitsTab);
            units.select(item.unit());
        } else if (item.field() != null && headerControls.containsKey(item.field())) {
            Control control = headerControls.get(item.field());
            control.requestFocus();
            if (control instanceof TextInputControl input) {
                input.selectAll();
            }
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new IllegalStateException("a choice list is not typed into");
            }
        };
    }
}

package vn.plandesk.gui.planlist;

import java.text.Collator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.PlanSummary;

/** The search box over the table of plans; all behaviour is in {@link PlanListViewModel}. */
public final class PlanListView extends BorderPane {
    private final TextField searchField = TextFields.createClearableTextField();

    public PlanListView(PlanListViewModel viewModel) {
        searchField.setId("planSearch");
        searchField.setPromptText(Messages.get("planlist.search.prompt"));
        // Modena hides the prompt while the field has focus, and the field has it when the window opens.
        searchField.setStyle("-fx-prompt-text-fill: -fx-mid-text-color;");
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        BorderPane.setMargin(searchField, new Insets(8, 8, 6, 8));
        setTop(searchField);

        TableView<PlanSummary> table = new TableView<>(viewModel.shownPlans());
        table.setId("planTable");
        // Only the subject grows with the window; the other columns keep the width their content needs.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(
                column(Messages.get("planlist.column.number"), 150, PlanSummary::numberAndSymbol, Function.identity()),
                subjectColumn(),
                column(Messages.get("planlist.column.issuedOn"), 125, PlanSummary::issuedOn, PlanListViewModel::issueDateText),
                countColumn(Messages.get("planlist.column.phases"), PlanSummary::phaseCount),
                countColumn(Messages.get("planlist.column.tasks"), PlanSummary::taskCount));
        table.setPlaceholder(placeholder(viewModel));
        setCenter(table);
    }

    /** Puts the cursor in the search box. */
    public void focusSearch() {
        searchField.requestFocus();
    }

    private static <T> TableColumn<PlanSummary, T> column(String title, double width, Function<PlanSummary, T> value,
                                                          Function<T, String> text) {
        TableColumn<PlanSummary, T> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    private static TableColumn<PlanSummary, Integer> countColumn(String title, Function<PlanSummary, Integer> count) {
        TableColumn<PlanSummary, Integer> column = column(title, 95, count, String::valueOf);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Takes the width the other columns leave; a long subject shows whole in its tooltip. */
    private static TableColumn<PlanSummary, String> subjectColumn() {
        TableColumn<PlanSummary, String> column = new TableColumn<>(Messages.get("planlist.column.subject"));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().subject()));
        column.setComparator(Collator.getInstance(Messages.VIETNAMESE)::compare);
        column.setMinWidth(200);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String subject, boolean empty) {
                super.updateItem(subject, empty);
                setText(empty ? null : subject);
                setTooltip(empty || subject == null ? null : new Tooltip(subject));
            }
        });
        return column;
    }

    private static VBox placeholder(PlanListViewModel viewModel) {
        Label text = new Label();
        text.textProperty().bind(viewModel.placeholderTextProperty());
        Button addSamples = new Button(Messages.get("planlist.addSamples"));
        addSamples.setId("addSamples");
        addSamples.setOnAction(event -> viewModel.addSamples());
        addSamples.visibleProperty().bind(viewModel.offerSamplesProperty());
        addSamples.managedProperty().bind(addSamples.visibleProperty());
        VBox box = new VBox(12, text, addSamples);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}

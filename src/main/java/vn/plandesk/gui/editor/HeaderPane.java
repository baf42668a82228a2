package vn.plandesk.gui.editor;

import java.util.Arrays;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.plandesk.gui.Converters;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.TextSection;

/**
 * The header of the open plan, folded into one line (number and subject) until opened: the
 * document fields, the signer, the recipients, the legal bases and the free text sections. A
 * field is stored when it is left or Enter is pressed.
 */
final class HeaderPane extends TitledPane {
    private final PlanEditorViewModel editor;
    private final HeaderFormModel form;
    private final TextArea subject = new TextArea();
    private final Runnable onSubjectDone;

    HeaderPane(PlanEditorViewModel editor, Runnable onSubjectDone) {
        this.editor = editor;
        this.onSubjectDone = onSubjectDone;
        this.form = editor.header();
        setId("planHeader");
        textProperty().bind(editor.titleProperty());
        setAnimated(false);
        setExpanded(false);
        // The form (five tabs of fields) is made when the header is first opened: folded, it would still be
        // styled and laid out with the window, a third of the first frame of a window that opens a plan.
        expandedProperty().addListener((o, was, expanded) -> {
            if (expanded) {
                buildForm();
            }
        });
    }

    private void buildForm() {
        if (getContent() != null) {
            return;
        }
        TabPane tabs = new TabPane(
                tab("header.tab.document", documentTab()),
                tab("header.tab.signer", signerTab()),
                tab("header.tab.recipients", linesTab(form.recipients, "header.recipients.hint", "recipients")),
                tab("header.tab.legalBases", linesTab(form.legalBases, "header.legalBases.hint", "legalBases")),
                tab("header.tab.sections", sectionsTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ReadOnlyForm.follow(tabs, editor.editingAllowedProperty());
        setContent(tabs);
    }

    /** Opens the header and puts the cursor in the subject (a new plan starts there). */
    void editSubject() {
        setExpanded(true);
        // the subject takes the cursor only once it has a skin
        applyCss();
        subject.requestFocus();
        subject.selectAll();
    }

    private static Tab tab(String key, Node content) {
        return new Tab(Messages.get(key), content);
    }

    private Node documentTab() {
        GridPane grid = grid();
        ComboBox<DocumentType> type = new ComboBox<>(FXCollections.observableArrayList(DocumentType.values()));
        type.setConverter(Converters.showing(DocumentType::title));
        type.valueProperty().bindBidirectional(form.type);
        type.setOnAction(e -> editor.commitHeader());
        TextField number = field(form.number, "headerNumber");
        number.setPrefColumnCount(4);
        Label symbol = new Label();
        symbol.textProperty().bind(form.type.map(t -> t.abbreviation().isEmpty() ? "/" : "/" + t.abbreviation() + "-"));
        TextField code = field(form.issuerCode, "headerIssuerCode");
        code.setPrefColumnCount(8);
        code.setPromptText(Messages.get("header.issuerCode.prompt"));
        Label assembled = new Label();
        assembled.setId("numberAndSymbol");
        assembled.textProperty().bind(form.numberAndSymbolProperty().map(s -> s.isEmpty() ? "" : Messages.get("header.assembled", s)));
        assembled.getStyleClass().add("assembled-number");
        HBox numberBox = new HBox(4, number, symbol, code, assembled);
        numberBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setMargin(assembled, new Insets(0, 0, 0, 12));
        Label problems = new Label();
        problems.setId("numberProblems");
        problems.getStyleClass().add("field-problem");
        problems.setWrapText(true);
        problems.textProperty().bind(form.numberProblemsProperty());
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.visibleProperty().bind(problems.managedProperty());

        DatePicker issuedOn = new DatePicker();
        issuedOn.setId("headerIssuedOn");
        issuedOn.setConverter(Converters.dates(() -> null));
        issuedOn.setPromptText(Messages.get("header.date.prompt"));
        issuedOn.valueProperty().bindBidirectional(form.issuedOn);
        issuedOn.setOnAction(e -> editor.commitHeader());
        issuedOn.getEditor().focusedProperty().addListener((o, had, has) -> {
            if (!has) {
                // a typed date is taken when the field is left, as a picked one is
                issuedOn.setValue(issuedOn.getConverter().fromString(issuedOn.getEditor().getText()));
                editor.commitHeader();
            }
        });
        ComboBox<PlanStatus> status = new ComboBox<>(FXCollections.observableArrayList(PlanStatus.values()));
        status.setConverter(Converters.showing(s -> Messages.get("status." + s.name().toLowerCase(java.util.Locale.ROOT))));
        status.valueProperty().bindBidirectional(form.status);
        status.setOnAction(e -> editor.commitHeader());
        subject.setId("headerSubject");
        subject.setWrapText(true);
        subject.setPrefRowCount(2);
        subject.textProperty().bindBidirectional(form.subject);
        whenLeft(subject);
        // A subject is one sentence: Enter stores it and goes on to the phases and tasks.
        subject.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                editor.commitHeader();
                onSubjectDone.run();
            }
        });

        int row = 0;
        grid.addRow(row++, label("header.type"), type, label("header.status"), status);
        grid.addRow(row++, label("header.number"), numberBox);
        GridPane.setColumnSpan(numberBox, 3);
        grid.add(problems, 1, row++, 3, 1);
        grid.addRow(row++, label("header.governingBody"), field(form.governingBody, "headerGoverningBody"),
                label("header.issuer"), field(form.issuer, "headerIssuer"));
        grid.addRow(row++, label("header.place"), field(form.place, "headerPlace"), label("header.issuedOn"), issuedOn);
        grid.addRow(row, label("header.subject"), subject);
        GridPane.setColumnSpan(subject, 3);
        return grid;
    }

    private Node signerTab() {
        GridPane grid = grid();
        ComboBox<Authority> authority = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(null, Authority.KT, Authority.TM,
                Authority.TL, Authority.TUQ, Authority.Q)));
        authority.setConverter(Converters.showing(a -> Messages.get("header.authority." + a.name().toLowerCase(java.util.Locale.ROOT))));
        authority.setButtonCell(authorityCell());
        authority.setCellFactory(l -> authorityCell());
        authority.valueProperty().bindBidirectional(form.authority);
        authority.setOnAction(e -> editor.commitHeader());
        grid.addRow(0, label("header.authority"), authority);
        grid.addRow(1, label("header.position"), field(form.signerPosition, "headerPosition"));
        grid.addRow(2, label("header.signerName"), field(form.signerName, "headerSignerName"));
        return grid;
    }

    private static ListCell<Authority> authorityCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Authority a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty ? null : a == null ? Messages.get("header.authority.none")
                        : Messages.get("header.authority." + a.name().toLowerCase(java.util.Locale.ROOT)));
            }
        };
    }

    private Node linesTab(StringProperty text, String hintKey, String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.textProperty().bindBidirectional(text);
        area.setPrefRowCount(5);
        whenLeft(area);
        Label hint = new Label(Messages.get(hintKey));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, hint, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private Node sectionsTab() {
        ListView<TextSection> list = new ListView<>(form.sections);
        list.setPrefWidth(240);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TextSection s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.heading() == null ? Messages.get("header.section.untitled") : s.heading());
            }
        });
        TextField heading = new TextField();
        heading.setPromptText(Messages.get("header.section.heading"));
        TextArea body = new TextArea();
        body.setWrapText(true);
        body.setPrefRowCount(4);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> {
            heading.setText(s == null || s.heading() == null ? "" : s.heading());
            body.setText(s == null ? "" : s.body());
        });
        Runnable store = () -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                TextSection changed = new TextSection(heading.getText(), body.getText());
                if (!changed.equals(form.sections.get(index))) {
                    form.sections.set(index, changed);
                    list.getSelectionModel().select(index);
                    editor.commitHeader();
                }
            }
        };
        heading.setOnAction(e -> store.run());
        heading.focusedProperty().addListener((o, had, has) -> {
            if (!has) {
                store.run();
            }
        });
        body.focusedProperty().addListener((o, had, has) -> {
            if (!has) {
                store.run();
            }
        });
        Button add = new Button(Messages.get("header.section.add"));
        add.setOnAction(e -> {
            form.sections.add(new TextSection(Messages.get("header.section.new"), ""));
            editor.commitHeader();
            list.getSelectionModel().selectLast();
            heading.requestFocus();
            heading.selectAll();
        });
        Button remove = new Button(Messages.get("header.section.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            form.sections.remove(list.getSelectionModel().getSelectedIndex());
            editor.commitHeader();
        });
        VBox editorBox = new VBox(6, heading, body, new HBox(8, add, remove));
        VBox.setVgrow(body, Priority.ALWAYS);
        HBox box = new HBox(10, list, editorBox);
        HBox.setHgrow(editorBox, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private TextField field(StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(e -> editor.commitHeader());
        whenLeft(field);
        return field;
    }

    private void whenLeft(TextInputControl control) {
        control.focusedProperty().addListener((o, had, has) -> {
            if (!has) {
                editor.commitHeader();
            }
        });
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(60);
        grid.getColumnConstraints().addAll(labels, fields, labels, fields);
        return grid;
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}

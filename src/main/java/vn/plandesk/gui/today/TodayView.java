package vn.plandesk.gui.today;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import vn.plandesk.logic.i18n.Messages;

/**
 * The "Hôm nay" strip: two links and the number of days ahead, wrapping onto a second line when the
 * plan list is narrow rather than cutting the figures short, never inside the due-soon phrase. All
 * behaviour is in {@link TodayViewModel}.
 */
public final class TodayView extends FlowPane {

    public TodayView(TodayViewModel viewModel) {
        super(6, 2);
        setId("todayStrip");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        Label label = new Label(Messages.get("today.label"));
        label.setStyle("-fx-font-weight: bold;");
        Hyperlink overdue = new Hyperlink();
        overdue.setId("todayOverdue");
        overdue.textProperty().bind(viewModel.overdueTextProperty());
        // overdue work in the follow-up view's dark red, once there is some
        overdue.styleProperty().bind(viewModel.overdueProperty().map(n -> n.intValue() > 0 ? "-fx-text-fill: #9c1c1c;" : ""));
        overdue.setOnAction(e -> viewModel.openOverdue());
        Hyperlink dueSoon = new Hyperlink();
        dueSoon.setId("todayDueSoon");
        dueSoon.textProperty().bind(viewModel.dueSoonTextProperty());
        dueSoon.setOnAction(e -> viewModel.openDueSoon());
        Spinner<Integer> days = new Spinner<>(0, 365, viewModel.daysAheadProperty().get());
        days.setId("todayDays");
        days.setEditable(true);
        days.setPrefWidth(70);
        days.setMinWidth(70);
        days.valueProperty().addListener((o, before, now) -> {
            if (now != null) {
                viewModel.daysAheadProperty().set(now);
            }
        });
        Label after = new Label(Messages.get("today.days"));
        after.getStyleClass().add("today-days-unit");
        // "đến hạn trong [7] ngày tới" is one phrase: when the strip wraps it moves to the next line whole
        HBox dueSoonPhrase = new HBox(6, dueSoon, days, after);
        dueSoonPhrase.setAlignment(Pos.CENTER_LEFT);
        Label separator = new Label("·");
        getChildren().setAll(label, overdue, separator, dueSoonPhrase);
        for (Labeled text : List.of(label, overdue, separator, dueSoon, after)) {
            text.setMinWidth(Labeled.USE_PREF_SIZE);
        }
    }
}

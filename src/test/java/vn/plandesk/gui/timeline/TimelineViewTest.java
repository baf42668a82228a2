package vn.plandesk.gui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.timeline.Palette;
import vn.plandesk.logic.timeline.RecordingCanvas;
import vn.plandesk.logic.timeline.TimelineRow;
import vn.plandesk.logic.timeline.TimelineRows;
import vn.plandesk.logic.timeline.Zoom;

/** The timeline on screen with a sample plan: bars painted, zoom buttons, scrolling, tooltips. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final LocalDate TODAY = LocalDate.of(2019, 5, 20);
    private TimelineView view;
    private List<TimelineRow> rows;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.VIETNAMESE);
        TimelineViewModel model = new TimelineViewModel();
        model.todayProperty().set(TODAY);
        model.zoomProperty().set(Zoom.WEEK);
        view = new TimelineView(model);
        rows = TimelineRows.of(SamplePlans.plans().get(0), TODAY);
        view.setRows(rows);
        stage.setScene(new Scene(view, 1200, 600));
        stage.show();
    }

    private Canvas canvas(FxRobot robot) {
        return robot.lookup(n -> n instanceof Canvas).queryAs(Canvas.class);
    }

    @Test
    void theBarsOfTheSamplePlanArePainted(FxRobot robot) {
        RecordingCanvas recording = new RecordingCanvas();
        robot.interact(() -> view.paintOn(recording));
        int overdue = Palette.SCREEN.ink(rows.get(1).status()).fill();
        long bars = recording.of(RecordingCanvas.Kind.FILL).stream().filter(c -> c.rgb() == overdue).count();
        assertTrue(bars >= 5, "overdue bars painted: " + bars);
        assertTrue(recording.texts().stream().anyMatch(t -> t.startsWith("Thành lập Tổ biên tập")));

        // The screen shows them too: the first task's bar (March 2019) is red on the canvas.
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas(robot).snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        int red = 0;
        for (int y = 0; y < shot[0].getHeight(); y += 2) {
            for (int x = 0; x < shot[0].getWidth(); x += 2) {
                Color c = pixels.getColor(x, y);
                red += c.getRed() > 0.8 && c.getGreen() < 0.35 && c.getBlue() < 0.35 ? 1 : 0;
            }
        }
        assertTrue(red > 200, "red pixels of overdue bars: " + red);
    }

    @Test
    void zoomButtonsAndFitChangeTheScale(FxRobot robot) {
        robot.clickOn("#zoom-month");
        assertEquals(Zoom.MONTH, view.model().zoomProperty().get());
        robot.clickOn("#zoom-fit");
        assertTrue(view.model().fitWholePlanProperty().get());
        RecordingCanvas recording = new RecordingCanvas();
        robot.interact(() -> view.paintOn(recording));
        assertTrue(recording.texts().contains("Tháng 3/2019") || recording.texts().contains("T3"), recording.texts().toString());
    }

    @Test
    void theWheelScrollsRowByRowAndTheTooltipShowsTheFullText(FxRobot robot) {
        Canvas canvas = canvas(robot);
        // Two notches of the wheel downwards (Monocle's robot sends no wheel events: fire them as the wheel would).
        for (int notch = 0; notch < 2; notch++) {
            robot.interact(() -> javafx.event.Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, 100, 100, 100, 100,
                    false, false, false, false, false, false, 0, -40, 0, -40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        }
        assertEquals(6, view.model().firstVisibleRowProperty().get());
        view.model().firstVisibleRowProperty().set(0);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D onSecondRow = canvas.localToScreen(100, 40 + 24 + 12);
        robot.moveTo(onSecondRow);
        robot.moveBy(3, 0);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) canvas.getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(tip.getText().startsWith(rows.get(1).title()), tip.getText());
    }
}

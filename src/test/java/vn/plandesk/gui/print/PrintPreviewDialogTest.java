package vn.plandesk.gui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Pagination;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.timeline.Paper;

/** The print preview shows the real pages and follows the settings. */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewDialogTest {
    private PrintSettingsViewModel model;

    @Start
    void start(Stage ignored) {
        Messages.setLocale(Messages.VIETNAMESE);
        model = new PrintSettingsViewModel(SamplePlans.plans().get(0), WorkCalendar.standard(), LocalDate.of(2019, 5, 20));
        new PrintPreviewDialog(model, new RecordingDialogService(), new ImmediateTaskExecutor()).show(null);
    }

    private List<String> textsOnThePage(FxRobot robot) {
        return robot.lookup("#print-pages").queryAs(Pagination.class).lookupAll("Text").stream()
                .map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void thePreviewShowsTheActualPageAndFollowsTheSettings(FxRobot robot) {
        Pagination pagination = robot.lookup("#print-pages").queryAs(Pagination.class);
        assertEquals(1, pagination.getPageCount());
        List<String> texts = textsOnThePage(robot);
        assertTrue(texts.contains("Trang 1/1"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Thành lập Tổ biên tập")));

        robot.interact(() -> {
            model.paperProperty().set(Paper.A3);
            model.pagesWideProperty().set(3);
        });
        assertEquals(3, pagination.getPageCount());
        robot.interact(() -> pagination.setCurrentPageIndex(2));
        assertTrue(textsOnThePage(robot).contains("Trang 3/3"));
        assertTrue(textsOnThePage(robot).contains("Nhiệm vụ"), "the name column is on the third page too");
        assertTrue(robot.lookup("#print-status").queryLabeled().getText().startsWith("3 trang"));
    }
}

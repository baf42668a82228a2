package vn.plandesk.gui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.timeline.PagedTimeline;
import vn.plandesk.logic.timeline.Paper;
import vn.plandesk.testing.PlanGenerator;

class PrintSettingsViewModelTest {
    private final PrintSettingsViewModel model =
            new PrintSettingsViewModel(PlanGenerator.plan(500, 3), WorkCalendar.standard(), LocalDate.of(2026, 3, 10));

    @Test
    void a3LandscapeTwoPagesWideGivesTwoColumnsOfPages() {
        model.paperProperty().set(Paper.A3);
        model.landscapeProperty().set(true);
        model.fitToPagesProperty().set(true);
        model.pagesWideProperty().set(2);
        PagedTimeline pages = model.pagesProperty().get();
        assertEquals(2, pages.columns());
        assertEquals(Paper.A3, pages.setup().paper());
        assertEquals("Số 15/KH-UBND — Triển khai thực hiện chuyển đổi số năm 2026 (500 nhiệm vụ)", model.title());
        assertEquals(pages.pageCount() + " trang (2 ngang × " + pages.bands() + " dọc)", model.summaryProperty().get());
    }

    @Test
    void fittingPagesTallShrinksOnlyWhenTheRowsDoNotFit() {
        model.pagesWideProperty().set(1);
        model.pagesTallProperty().set(1);
        model.paperProperty().set(Paper.A3);
        model.landscapeProperty().set(false);
        assertTrue(model.pagesProperty().get().bands() <= 3, "at 20 % at most a few bands: " + model.pagesProperty().get().bands());
        model.pagesTallProperty().set(12);
        assertTrue(model.pagesProperty().get().bands() <= 12);
        assertEquals(14, model.pagesProperty().get().layout().metrics().rowHeight(), 1e-9, "100 % already fits 12 pages");
    }

    @Test
    void aScaleInPercentReplacesFitting() {
        model.fitToPagesProperty().set(false);
        model.scalePercentProperty().set(50);
        assertEquals(50, model.pagesProperty().get().setup().scalePercent());
        assertEquals(0, model.pagesProperty().get().setup().pagesWide());
        model.scalePercentProperty().set(5000);
        assertEquals(400, model.pagesProperty().get().setup().scalePercent(), "kept within the limits");
    }

    @Test
    void aBackwardsPeriodIsExplainedAndTheLastPagesStay() {
        model.fromProperty().set(LocalDate.of(2026, 6, 1));
        PagedTimeline before = model.pagesProperty().get();
        model.toProperty().set(LocalDate.of(2026, 5, 1));
        assertEquals("Ngày cuối đứng trước ngày đầu: hãy chọn lại khoảng thời gian.", model.problemProperty().get());
        assertSame(before, model.pagesProperty().get());
        model.toProperty().set(LocalDate.of(2026, 7, 1));
        assertNull(model.problemProperty().get());
        assertEquals(LocalDate.of(2026, 6, 1), model.pagesProperty().get().layout().from());
    }
}

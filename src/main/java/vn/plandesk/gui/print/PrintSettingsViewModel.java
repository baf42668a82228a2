package vn.plandesk.gui.print;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.timeline.PageSetup;
import vn.plandesk.logic.timeline.PagedTimeline;
import vn.plandesk.logic.timeline.Paper;
import vn.plandesk.logic.timeline.TimelineRow;
import vn.plandesk.logic.timeline.TimelineRows;
import vn.plandesk.logic.timeline.Zoom;
import vn.plandesk.model.Plan;

/**
 * The print dialog's settings and the pages they give: paper, orientation, margins, period, time
 * scale, and a scale in percent or "fit to N pages wide by M tall". Every change works the pages out
 * again at once (arithmetic only: nothing is painted until a page is shown or printed).
 */
public final class PrintSettingsViewModel {
    private final List<TimelineRow> rows;
    private final String title;
    private final WorkCalendar calendar;
    private final LocalDate today;

    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final BooleanProperty landscape = new SimpleBooleanProperty(this, "landscape", true);
    private final DoubleProperty marginMm = new SimpleDoubleProperty(this, "marginMm", 10);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(this, "zoom", Zoom.WEEK);
    private final BooleanProperty fitToPages = new SimpleBooleanProperty(this, "fitToPages", true);
    private final IntegerProperty scalePercent = new SimpleIntegerProperty(this, "scalePercent", 100);
    private final IntegerProperty pagesWide = new SimpleIntegerProperty(this, "pagesWide", 1);
    private final IntegerProperty pagesTall = new SimpleIntegerProperty(this, "pagesTall", 0);
    private final ReadOnlyObjectWrapper<PagedTimeline> pages = new ReadOnlyObjectWrapper<>(this, "pages");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    public PrintSettingsViewModel(Plan plan, WorkCalendar calendar, LocalDate today) {
        this.rows = TimelineRows.of(plan, today);
        this.title = plan.numberAndSymbol() == null ? plan.subject()
                : Messages.get("page.headerNumbered", plan.numberAndSymbol(), plan.subject());
        this.calendar = calendar;
        this.today = today;
        for (Observable setting : List.<Observable>of(paper, landscape, marginMm, from, to, zoom, fitToPages, scalePercent,
                pagesWide, pagesTall)) {
            setting.addListener(o -> update());
        }
        update();
    }

    /** The settings as they are now, within the limits of {@link PageSetup}. */
    public PageSetup setup() {
        double margin = Math.max(0, Math.min(PageSetup.MAX_MARGIN_MM, marginMm.get()));
        int scale = Math.max(PageSetup.MIN_SCALE, Math.min(PageSetup.MAX_SCALE, scalePercent.get()));
        PageSetup base = new PageSetup(paper.get(), landscape.get(), margin, from.get(), to.get(), zoom.get(), scale, 0, 0);
        if (!fitToPages.get()) {
            return base;
        }
        int wide = Math.max(0, Math.min(PageSetup.MAX_PAGES, pagesWide.get()));
        int tall = Math.max(0, Math.min(PageSetup.MAX_PAGES, pagesTall.get()));
        return base.withFit(wide, tall);
    }

    private void update() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            problem.set(Messages.get("print.badRange"));
            return;
        }
        problem.set(null);
        PagedTimeline paged = PagedTimeline.of(rows, title, setup(), calendar, today, LocalDate.now());
        // The summary first: listeners of the pages show it.
        summary.set(Messages.get("print.pageCount", paged.pageCount(), paged.columns(), paged.bands()));
        pages.set(paged);
    }

    public String title() {
        return title;
    }

    public ReadOnlyObjectProperty<PagedTimeline> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** "12 trang (2 ngang × 6 dọc)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A sentence saying what is wrong with the settings, or null; the last good pages stay meanwhile. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public BooleanProperty landscapeProperty() {
        return landscape;
    }

    public DoubleProperty marginMmProperty() {
        return marginMm;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    public BooleanProperty fitToPagesProperty() {
        return fitToPages;
    }

    public IntegerProperty scalePercentProperty() {
        return scalePercent;
    }

    public IntegerProperty pagesWideProperty() {
        return pagesWide;
    }

    public IntegerProperty pagesTallProperty() {
        return pagesTall;
    }
}

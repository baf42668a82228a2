package vn.plandesk.gui.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.logic.timeline.Palette;
import vn.plandesk.logic.timeline.TimelineLayout;
import vn.plandesk.logic.timeline.TimelineRow;
import vn.plandesk.logic.timeline.TimelineRows;
import vn.plandesk.logic.timeline.Zoom;
import vn.plandesk.model.Plan;

/**
 * The state of a timeline on screen: its rows (one per row of the task tree beside it), the zoom or
 * "fit whole plan", the first visible row (the tree and the chart scroll together through it) and the
 * first visible day. Builds the {@link TimelineLayout} the view paints; testable without a screen.
 */
public final class TimelineViewModel {
    private final ObjectProperty<List<TimelineRow>> rows = new SimpleObjectProperty<>(this, "rows", List.of());
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(this, "zoom", Zoom.WEEK);
    private final BooleanProperty fitWholePlan = new SimpleBooleanProperty(this, "fitWholePlan", false);
    private final IntegerProperty firstVisibleRow = new SimpleIntegerProperty(this, "firstVisibleRow", 0);
    private final DoubleProperty firstVisibleDay = new SimpleDoubleProperty(this, "firstVisibleDay", 0);
    private final BooleanProperty showNames = new SimpleBooleanProperty(this, "showNames", true);
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    private final ObjectProperty<WorkCalendar> calendar = new SimpleObjectProperty<>(this, "calendar", WorkCalendar.standard());

    public ObjectProperty<List<TimelineRow>> rowsProperty() {
        return rows;
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    public BooleanProperty fitWholePlanProperty() {
        return fitWholePlan;
    }

    /** The row at the top of the chart; bind the task tree's first visible row to it (both ways). */
    public IntegerProperty firstVisibleRowProperty() {
        return firstVisibleRow;
    }

    /** The day (counted from the chart's first day) at the chart's left edge. */
    public DoubleProperty firstVisibleDayProperty() {
        return firstVisibleDay;
    }

    /** Off when a task tree beside the chart already shows the names. */
    public BooleanProperty showNamesProperty() {
        return showNames;
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public ObjectProperty<WorkCalendar> calendarProperty() {
        return calendar;
    }

    /** Replaces the rows, keeping the scroll position where it still exists. */
    public void setRows(List<TimelineRow> newRows) {
        rows.set(List.copyOf(newRows));
        firstVisibleRow.set(Math.max(0, Math.min(firstVisibleRow.get(), newRows.size() - 1)));
    }

    /**
     * A row of the plan tree beside the chart: a phase or a task, by its stored id (a phase and a task may share
     * one). {@code equals} and {@code hashCode} are written out, as {@link vn.plandesk.model.PlanSummary}'s: a
     * record's own are built at their first call, some 20 ms of the JavaFX thread when the first plan is shown.
     */
    public record TreeRow(boolean phase, long id) {
        @Override
        public boolean equals(Object other) {
            return other instanceof TreeRow row && row.phase == phase && row.id == id;
        }

        @Override
        public int hashCode() {
            return 31 * Long.hashCode(id) + Boolean.hashCode(phase);
        }
    }

    /**
     * The chart rows of {@code plan} for the rows the tree beside it shows, in the tree's order and
     * number (a collapsed phase hides its rows in both). A tree row the plan does not have is left out.
     */
    public void showRowsOf(Plan plan, List<TreeRow> shown) {
        Map<TreeRow, TimelineRow> byTreeRow = new HashMap<>();
        for (TimelineRow row : TimelineRows.of(plan, today.get())) {
            if (row.id() != null) {
                byTreeRow.put(new TreeRow(row.isPhase(), row.id()), row);
            }
        }
        setRows(shown.stream().map(byTreeRow::get).filter(Objects::nonNull).toList());
    }

    /** The first and last day of the chart. */
    public LocalDate[] dateRange() {
        return TimelineLayout.dateRange(rows.get(), today.get());
    }

    /** The layout for a view of {@code width}: with "fit whole plan" the days share the width. */
    public TimelineLayout layout(double width) {
        LocalDate[] range = dateRange();
        TimelineLayout.Metrics metrics = TimelineLayout.Metrics.screen(zoom.get());
        if (fitWholePlan.get()) {
            double chartWidth = Math.max(50, width - (showNames.get() ? metrics.nameWidth() : 0));
            double dayWidth = chartWidth / (ChronoUnit.DAYS.between(range[0], range[1]) + 1);
            metrics = metrics.withDayWidth(dayWidth, Zoom.forDayWidth(dayWidth / 1.4));
        }
        return new TimelineLayout(rows.get(), range[0], range[1], metrics, Palette.SCREEN, calendar.get(), today.get());
    }

    /** What the view paints in a rectangle of {@code width} x {@code height}. */
    public TimelineLayout.Viewport viewport(double width, double height) {
        return new TimelineLayout.Viewport(0, 0, width, height, firstVisibleRow.get(),
                fitWholePlan.get() ? 0 : firstVisibleDay.get(), showNames.get());
    }

    /** The highest first row: the last row at the bottom of a full view. */
    public int lastFirstRow(int visibleRows) {
        return Math.max(0, rows.get().size() - visibleRows);
    }

    public void scrollToRow(int row) {
        firstVisibleRow.set(Math.max(0, Math.min(row, rows.get().size() - 1)));
    }

    public void scrollRows(int delta, int visibleRows) {
        firstVisibleRow.set(Math.max(0, Math.min(firstVisibleRow.get() + delta, lastFirstRow(visibleRows))));
    }

    /** Puts {@code day} near the left of the chart (a week before it in view). */
    public void scrollToDate(LocalDate day) {
        fitWholePlan.set(false);
        long days = ChronoUnit.DAYS.between(dateRange()[0], day);
        firstVisibleDay.set(Math.max(0, days - 7));
    }

    public void scrollToToday() {
        scrollToDate(today.get());
    }

    /** Zooms in or out one step, keeping the day at the left edge. */
    public void zoom(int steps) {
        Zoom[] all = Zoom.values();
        int index = Math.max(0, Math.min(all.length - 1, zoom.get().ordinal() - steps));
        fitWholePlan.set(false);
        zoom.set(all[index]);
    }

    /** The full text of a row, for its tooltip: the text, its lead unit and its time words. */
    public String tooltip(int row) {
        if (row < 0 || row >= rows.get().size()) {
            return null;
        }
        TimelineRow r = rows.get().get(row);
        String time = r.timeWords() != null && !r.timeWords().isEmpty() ? r.timeWords()
                : r.start() == null ? Messages.get("row.noDate")
                : r.start().equals(r.end()) ? NumericDate.FORMAT.format(r.end()) : NumericDate.FORMAT.format(r.start()) + " – " + NumericDate.FORMAT.format(r.end());
        if (r.isPhase()) {
            return Messages.get("tooltip.phase", r.title(), time);
        }
        return r.leadUnit() == null ? Messages.get("tooltip.taskNoUnit", r.title(), time)
                : Messages.get("tooltip.task", r.title(), r.leadUnit(), time);
    }
}

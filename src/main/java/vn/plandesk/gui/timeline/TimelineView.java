package vn.plandesk.gui.timeline;

import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.timeline.TimelineCanvas;
import vn.plandesk.logic.timeline.TimelineLayout;
import vn.plandesk.logic.timeline.TimelineRow;
import vn.plandesk.logic.timeline.Zoom;

/**
 * The timeline on screen: a canvas painted by the shared {@link TimelineLayout}, a zoom bar, and scroll
 * bars that move row by row (in step with the task tree through
 * {@link TimelineViewModel#firstVisibleRowProperty()}) and day by day. Only the visible part is
 * painted, so it stays smooth on a 10,000-task plan. The full text of a row shows in its tooltip.
 */
public final class TimelineView extends BorderPane {
    private final TimelineViewModel model;
    private final Canvas canvas = new Canvas();
    private final ScrollBar rowBar = new ScrollBar();
    private final ScrollBar dayBar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final ReadOnlyDoubleWrapper firstRowTop = new ReadOnlyDoubleWrapper(this, "firstRowTop");
    private TimelineLayout layout;
    private int tooltipRow = -1;
    private boolean syncing;

    public TimelineView(TimelineViewModel model) {
        this.model = model;
        getStyleClass().add("timeline-view");
        Pane surface = new Pane(canvas);
        surface.setMinSize(0, 0);
        canvas.widthProperty().bind(surface.widthProperty());
        canvas.heightProperty().bind(surface.heightProperty());
        rowBar.setOrientation(Orientation.VERTICAL);
        ToolBar toolbar = toolbar();
        setTop(toolbar);
        // Below the zoom bar and the time scale; the scale is as high at every zoom.
        firstRowTop.bind(toolbar.heightProperty().add(TimelineLayout.Metrics.screen(model.zoomProperty().get()).scaleHeight()));
        setCenter(surface);
        setRight(rowBar);
        setBottom(dayBar);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        Tooltip.install(canvas, tooltip);

        InvalidationListener repaint = o -> repaint();
        canvas.widthProperty().addListener(repaint);
        canvas.heightProperty().addListener(repaint);
        model.rowsProperty().addListener(repaint);
        model.zoomProperty().addListener(repaint);
        model.fitWholePlanProperty().addListener(repaint);
        model.firstVisibleRowProperty().addListener(repaint);
        model.firstVisibleDayProperty().addListener(repaint);
        model.showNamesProperty().addListener(repaint);
        model.todayProperty().addListener(repaint);
        model.calendarProperty().addListener(repaint);
        rowBar.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                model.scrollToRow((int) Math.round(now.doubleValue()));
            }
        });
        dayBar.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                model.firstVisibleDayProperty().set(Math.floor(now.doubleValue()));
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::pointed);
    }

    public TimelineViewModel model() {
        return model;
    }

    /** How far below the view's top the first row is drawn, for a tree beside it to line its rows up with. */
    public ReadOnlyDoubleProperty firstRowTopProperty() {
        return firstRowTop.getReadOnlyProperty();
    }

    /** Shows these rows (one per row of the task tree, in the same order). */
    public void setRows(List<TimelineRow> rows) {
        model.setRows(rows);
    }

    public void scrollToRow(int row) {
        model.scrollToRow(row);
    }

    /** How many rows fit the chart now. */
    public int visibleRows() {
        return layout == null ? 1 : layout.rowsThatFit(canvas.getHeight());
    }

    /** Paints what the view shows on any canvas (the screen's own, or a recording in tests). */
    public void paintOn(TimelineCanvas target) {
        layout = model.layout(canvas.getWidth());
        layout.paint(target, model.viewport(canvas.getWidth(), canvas.getHeight()));
    }

    private void repaint() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        paintOn(new FxTimelineCanvas(canvas.getGraphicsContext2D()));
        updateScrollBars();
    }

    private void updateScrollBars() {
        syncing = true;
        try {
            int visible = layout.rowsThatFit(canvas.getHeight());
            rowBar.setMax(model.lastFirstRow(visible));
            rowBar.setVisibleAmount(Math.max(1, visible * rowBar.getMax() / Math.max(1, model.rowsProperty().get().size())));
            rowBar.setUnitIncrement(1);
            rowBar.setBlockIncrement(Math.max(1, visible - 1));
            rowBar.setValue(model.firstVisibleRowProperty().get());
            double chartWidth = canvas.getWidth() - (model.showNamesProperty().get() ? layout.metrics().nameWidth() : 0);
            double visibleDays = chartWidth / layout.metrics().dayWidth();
            long days = ChronoUnit.DAYS.between(layout.from(), layout.to()) + 1;
            dayBar.setDisable(model.fitWholePlanProperty().get() || visibleDays >= days);
            dayBar.setMax(Math.max(0, days - visibleDays));
            dayBar.setUnitIncrement(1);
            dayBar.setBlockIncrement(Math.max(1, visibleDays * 0.8));
            dayBar.setVisibleAmount(Math.max(1, visibleDays * dayBar.getMax() / days));
            dayBar.setValue(Math.min(dayBar.getMax(), model.firstVisibleDayProperty().get()));
        } finally {
            syncing = false;
        }
    }

    private void scrolled(ScrollEvent event) {
        double delta = event.getDeltaY() != 0 ? event.getDeltaY() : event.getDeltaX();
        int notches = delta > 0 ? -1 : delta < 0 ? 1 : 0;
        if (event.isControlDown()) {
            model.zoom(-notches);
        } else if (event.isShiftDown() || event.getDeltaX() != 0 && event.getDeltaY() == 0) {
            model.firstVisibleDayProperty().set(Math.max(0, Math.min(dayBar.getMax(),
                    model.firstVisibleDayProperty().get() + notches * 7)));
        } else {
            model.scrollRows(notches * 3, visibleRows());
        }
        event.consume();
    }

    private void pointed(MouseEvent event) {
        if (layout == null) {
            return;
        }
        int row = layout.rowAt(model.viewport(canvas.getWidth(), canvas.getHeight()), event.getY());
        if (row != tooltipRow) {
            tooltipRow = row;
            String text = model.tooltip(row);
            tooltip.setText(text == null ? "" : text);
            if (text == null) {
                tooltip.hide();
            }
        }
    }

    private ToolBar toolbar() {
        ToggleGroup group = new ToggleGroup();
        ToolBar bar = new ToolBar();
        for (Zoom zoom : Zoom.values()) {
            ToggleButton button = new ToggleButton(Messages.get("zoom." + zoom.name()));
            button.setId("zoom-" + zoom.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setSelected(zoom == model.zoomProperty().get() && !model.fitWholePlanProperty().get());
            button.setOnAction(e -> {
                model.fitWholePlanProperty().set(false);
                model.zoomProperty().set(zoom);
                button.setSelected(true);
            });
            bar.getItems().add(button);
        }
        ToggleButton fit = new ToggleButton(Messages.get("zoom.fit"));
        fit.setId("zoom-fit");
        fit.setToggleGroup(group);
        fit.setOnAction(e -> {
            model.fitWholePlanProperty().set(true);
            fit.setSelected(true);
        });
        Button today = new Button(Messages.get("legend.today"));
        today.setId("timeline-today");
        today.setOnAction(e -> model.scrollToToday());
        bar.getItems().addAll(fit, today);
        model.zoomProperty().addListener((o, was, now) -> group.getToggles().stream()
                .filter(t -> ((ToggleButton) t).getId().equals("zoom-" + now.name().toLowerCase(java.util.Locale.ROOT)))
                .findFirst().ifPresent(t -> t.setSelected(true)));
        return bar;
    }
}

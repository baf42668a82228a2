package vn.plandesk.logic.timeline;

import java.util.List;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.TaskStatus;

/** What the patterns mean, in one line: drawn in the footer of every printed page. */
final class Legend {
    private static final double SIZE = 7;

    private final TimelineCanvas canvas;
    private final Palette palette;

    Legend(TimelineCanvas canvas, Palette palette) {
        this.canvas = canvas;
        this.palette = palette;
    }

    private record Entry(String key, TaskStatus status) {
    }

    /** Paints as many entries as fit between {@code left} and {@code right}, from the top {@code y}. */
    void paint(double left, double y, double right) {
        TextStyle style = TextStyle.plain(7);
        double x = left;
        List<Entry> entries = List.of(new Entry("legend.within", TaskStatus.NOT_DONE_WITHIN_DEADLINE),
                new Entry("legend.dueSoon", TaskStatus.DUE_SOON), new Entry("legend.overdue", TaskStatus.NOT_DONE_OVERDUE),
                new Entry("legend.done", TaskStatus.DONE_ON_TIME), new Entry("legend.phase", null),
                new Entry("legend.holiday", null));
        for (Entry entry : entries) {
            String label = Messages.get(entry.key());
            double width = 2.2 * SIZE + canvas.measurer().width(label, style);
            if (x + width > right) {
                return;
            }
            swatch(entry, x, y);
            canvas.text(label, x + SIZE * 2.2 + 2, y + SIZE, style, palette.text());
            x += width + SIZE * 1.5;
        }
    }

    private void swatch(Entry entry, double x, double y) {
        double w = SIZE * 2.2;
        if (entry.status() != null) {
            Palette.Ink ink = palette.ink(entry.status());
            canvas.fillRect(x, y, w, SIZE, ink.fill());
            RowPainter.hatch(canvas, ink, x, y, w, SIZE);
            canvas.strokeRect(x, y, w, SIZE, ink.outline(), 0.6);
        } else if (entry.key().equals("legend.phase")) {
            canvas.fillRect(x, y + SIZE * 0.3, w, SIZE * 0.4, palette.phaseBar());
        } else {
            canvas.fillRect(x, y, w, SIZE, palette.holiday());
            canvas.strokeRect(x, y, w, SIZE, palette.grid(), 0.5);
        }
    }
}

package vn.plandesk.gui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import vn.plandesk.gui.timeline.FxTimelineCanvas;
import vn.plandesk.logic.timeline.TextMeasurer;
import vn.plandesk.logic.timeline.TextStyle;
import vn.plandesk.logic.timeline.TimelineCanvas;

/**
 * Paints a page as JavaFX shapes in a {@link Group}: what the printer and the print preview get.
 * JavaFX prints a Canvas as an empty area ("unexpected PG access"), so paper needs real nodes; one
 * page's nodes live only while that page is printed or previewed.
 */
final class FxNodeCanvas implements TimelineCanvas {
    private final Group root = new Group();
    private final List<Group> clips = new ArrayList<>();
    private final TextMeasurer measurer = new FxTimelineCanvas(null).measurer();

    Group root() {
        return root;
    }

    private ObservableList<Node> target() {
        return clips.isEmpty() ? root.getChildren() : clips.get(clips.size() - 1).getChildren();
    }

    private static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    @Override
    public TextMeasurer measurer() {
        return measurer;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        Rectangle r = new Rectangle(x, y, Math.max(0, width), Math.max(0, height));
        r.setFill(colour(rgb));
        target().add(r);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int rgb, double lineWidth) {
        Rectangle r = new Rectangle(x, y, Math.max(0, width), Math.max(0, height));
        r.setFill(null);
        r.setStroke(colour(rgb));
        r.setStrokeWidth(lineWidth);
        target().add(r);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        Line line = new Line(x1, y1, x2, y2);
        line.setStroke(colour(rgb));
        line.setStrokeWidth(lineWidth);
        if (dashed) {
            line.getStrokeDashArray().setAll(3.0, 2.0);
        }
        target().add(line);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        Polygon polygon = new Polygon();
        for (int i = 0; i < xs.length; i++) {
            polygon.getPoints().addAll(xs[i], ys[i]);
        }
        polygon.setFill(colour(rgb));
        target().add(polygon);
    }

    @Override
    public void text(String text, double x, double baselineY, TextStyle style, int rgb) {
        Text node = new Text(x, baselineY, text);
        node.setFont(FxTimelineCanvas.font(style));
        node.setFill(colour(rgb));
        target().add(node);
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        Group group = new Group();
        group.setClip(new Rectangle(x, y, Math.max(0, width), Math.max(0, height)));
        target().add(group);
        clips.add(group);
    }

    @Override
    public void popClip() {
        clips.remove(clips.size() - 1);
    }
}

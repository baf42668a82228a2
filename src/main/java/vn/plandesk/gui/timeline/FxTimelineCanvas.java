package vn.plandesk.gui.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import vn.plandesk.logic.timeline.TextMeasurer;
import vn.plandesk.logic.timeline.TextStyle;
import vn.plandesk.logic.timeline.TimelineCanvas;
import vn.plandesk.logic.timeline.TimelineFonts;

/**
 * Paints the timeline on a JavaFX canvas: the screen and the printer. Uses the application's
 * Liberation Sans, like the PDF and PNG, so a page looks the same in preview, on paper and in a file.
 */
public final class FxTimelineCanvas implements TimelineCanvas {
    /** Liberation Sans's family name once its files are loaded; see {@link #loadFonts}. */
    private static String family;

    private final GraphicsContext g;
    private final Text measuring = new Text();
    private final TextMeasurer measurer = (text, style) -> {
        measuring.setFont(font(style));
        measuring.setText(text);
        return measuring.getLayoutBounds().getWidth();
    };

    public FxTimelineCanvas(GraphicsContext g) {
        this.g = g;
    }

    /**
     * Loads the fonts: JavaFX reads each file from the jar and copies it to a temporary file, tens of
     * milliseconds. The window calls this on its background executor as soon as the timeline is made, so
     * that the first plan shown finds them loaded; anything drawn before that loads them itself.
     */
    public static synchronized void loadFonts() {
        if (family != null) {
            return;
        }
        String loadedFamily = null;
        for (TextStyle style : new TextStyle[] {TextStyle.plain(12), TextStyle.bold(12), TextStyle.italic(12)}) {
            try (InputStream in = TimelineFonts.open(style)) {
                Font loaded = Font.loadFont(in, 12);
                loadedFamily = loaded == null ? loadedFamily : loaded.getFamily();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        family = loadedFamily == null ? Font.getDefault().getFamily() : loadedFamily;
    }

    /** The font a text style is drawn in on screen and paper. */
    public static Font font(TextStyle style) {
        loadFonts();
        return Font.font(family, style.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                style.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, style.size());
    }

    @Override
    public TextMeasurer measurer() {
        return measurer;
    }

    private static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        g.setFill(colour(rgb));
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int rgb, double lineWidth) {
        g.setStroke(colour(rgb));
        g.setLineWidth(lineWidth);
        g.setLineDashes();
        g.strokeRect(x, y, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        g.setStroke(colour(rgb));
        g.setLineWidth(lineWidth);
        if (dashed) {
            g.setLineDashes(3, 2);
        } else {
            g.setLineDashes();
        }
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        g.setFill(colour(rgb));
        g.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void text(String text, double x, double baselineY, TextStyle style, int rgb) {
        g.setFill(colour(rgb));
        g.setFont(font(style));
        g.fillText(text, x, baselineY);
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        g.save();
        g.beginPath();
        g.rect(x, y, width, height);
        g.closePath();
        g.clip();
    }

    @Override
    public void popClip() {
        g.restore();
    }
}

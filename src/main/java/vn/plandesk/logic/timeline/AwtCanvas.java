package vn.plandesk.logic.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Paints with java.awt (headless): PNG images. Uses the same embedded font as the PDF. */
final class AwtCanvas implements TimelineCanvas {
    private static final Font REGULAR = load(TextStyle.plain(1));
    private static final Font BOLD = load(TextStyle.bold(1));
    private static final Font ITALIC = load(TextStyle.italic(1));
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);
    private static final float[] DASH = {3, 2};

    private final Graphics2D g;
    // The clip before each push; null (no clip) is a valid entry.
    private final List<Shape> clips = new ArrayList<>();

    AwtCanvas(Graphics2D g) {
        this.g = g;
    }

    static Font font(TextStyle style) {
        Font base = style.bold() ? BOLD : style.italic() ? ITALIC : REGULAR;
        return base.deriveFont((float) style.size());
    }

    private static Font load(TextStyle style) {
        try (InputStream in = TimelineFonts.open(style)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the application's font does not load", e);
        }
    }

    @Override
    public TextMeasurer measurer() {
        return (text, style) -> font(style).getStringBounds(text, MEASURING).getWidth();
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int rgb, double lineWidth) {
        g.setColor(new Color(rgb));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        g.setColor(new Color(rgb));
        g.setStroke(dashed ? new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, DASH, 0)
                : new BasicStroke((float) lineWidth));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(new Color(rgb));
        g.fill(path);
    }

    @Override
    public void text(String text, double x, double baselineY, TextStyle style, int rgb) {
        g.setColor(new Color(rgb));
        g.setFont(font(style));
        g.drawString(text, (float) x, (float) baselineY);
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        clips.add(g.getClip());
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void popClip() {
        g.setClip(clips.remove(clips.size() - 1));
    }
}

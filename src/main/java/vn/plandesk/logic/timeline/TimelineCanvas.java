package vn.plandesk.logic.timeline;

/**
 * What the timeline draws on: the screen, a printer page, a PDF page, a PNG image, or a recording
 * for tests. The layout calls only these methods, so every painter shows exactly the same chart.
 * Coordinates grow right and down; colours are 0xRRGGBB; {@code y} of text is its baseline.
 */
public interface TimelineCanvas {

    /** Measures text in the font this painter will draw it with. */
    TextMeasurer measurer();

    void fillRect(double x, double y, double width, double height, int rgb);

    void strokeRect(double x, double y, double width, double height, int rgb, double lineWidth);

    void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed);

    void fillPolygon(double[] xs, double[] ys, int rgb);

    void text(String text, double x, double baselineY, TextStyle style, int rgb);

    /** Limits drawing to a rectangle (within the current limit) until the matching {@link #popClip()}. */
    void pushClip(double x, double y, double width, double height);

    void popClip();
}

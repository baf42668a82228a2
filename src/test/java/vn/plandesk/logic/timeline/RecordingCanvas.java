package vn.plandesk.logic.timeline;

import java.util.ArrayList;
import java.util.List;

/** A canvas that records what is drawn, for tests and the benchmark: the layout tested without pixels. */
public final class RecordingCanvas implements TimelineCanvas {

    public enum Kind { FILL, STROKE, LINE, POLYGON, TEXT, CLIP, UNCLIP }

    /** One call: its kind, its box (polygons: bounds), its colour and text. */
    public record Call(Kind kind, double x, double y, double width, double height, int rgb, String text) {
    }

    private final List<Call> calls = new ArrayList<>();
    private int depth;

    /** Every character 0.5 em wide: predictable widths for tests. */
    @Override
    public TextMeasurer measurer() {
        return (text, style) -> text.codePointCount(0, text.length()) * style.size() * 0.5;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        calls.add(new Call(Kind.FILL, x, y, width, height, rgb, null));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int rgb, double lineWidth) {
        calls.add(new Call(Kind.STROKE, x, y, width, height, rgb, null));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        calls.add(new Call(Kind.LINE, x1, y1, x2 - x1, y2 - y1, rgb, null));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        calls.add(new Call(Kind.POLYGON, minX, minY, maxX - minX, maxY - minY, rgb, xs.length == 4 ? "diamond" : "triangle"));
    }

    @Override
    public void text(String text, double x, double baselineY, TextStyle style, int rgb) {
        calls.add(new Call(Kind.TEXT, x, baselineY, measurer().width(text, style), style.size(), rgb, text));
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        depth++;
        calls.add(new Call(Kind.CLIP, x, y, width, height, 0, null));
    }

    @Override
    public void popClip() {
        if (depth == 0) {
            throw new IllegalStateException("popClip without pushClip");
        }
        depth--;
        calls.add(new Call(Kind.UNCLIP, 0, 0, 0, 0, 0, null));
    }

    public List<Call> calls() {
        return calls;
    }

    public List<Call> of(Kind kind) {
        return calls.stream().filter(c -> c.kind() == kind).toList();
    }

    public List<String> texts() {
        return calls.stream().filter(c -> c.kind() == Kind.TEXT).map(Call::text).toList();
    }

    public boolean balanced() {
        return depth == 0;
    }

    public void clear() {
        calls.clear();
    }
}

package vn.plandesk.logic.timeline;

/** How wide a text is in the painter's own font, in the painter's units (points on paper, pixels on screen). */
@FunctionalInterface
public interface TextMeasurer {

    double width(String text, TextStyle style);

    /** The text cut at a character boundary with "…" so that it fits {@code maxWidth}; "" when nothing fits. */
    default String fit(String text, TextStyle style, double maxWidth) {
        if (text == null || text.isEmpty() || maxWidth <= 0) {
            return "";
        }
        if (width(text, style) <= maxWidth) {
            return text;
        }
        String ellipsis = "…";
        if (width(ellipsis, style) > maxWidth) {
            return "";
        }
        // Binary search on the number of code points kept before the ellipsis.
        int[] codePoints = text.codePoints().toArray();
        int low = 0;
        int high = codePoints.length - 1;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(new String(codePoints, 0, mid).stripTrailing() + ellipsis, style) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return new String(codePoints, 0, low).stripTrailing() + ellipsis;
    }
}

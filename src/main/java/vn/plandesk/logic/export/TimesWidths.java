package vn.plandesk.logic.export;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How wide a line of Times New Roman is, so that a rule drawn under the motto is exactly as long as
 * the motto. The advance widths (thousandths of an em, printable ASCII) are those of Liberation
 * Serif, which has the metrics of Times New Roman; a Vietnamese letter is as wide as its base letter.
 */
public final class TimesWidths {
    private static final int[] REGULAR = {
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
        500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
        500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541};
    private static final int[] BOLD = {
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
        500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
        611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500,
        556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520};
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Base letter of every character up to U+1FFF (Vietnamese letters end at U+1EF9), worked out once. */
    private static final char[] BASE = new char[0x2000];

    static {
        for (char c = 0; c < BASE.length; c++) {
            String bare = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
            BASE[c] = c == 'đ' ? 'd' : c == 'Đ' ? 'D' : bare.length() == 1 ? bare.charAt(0) : c;
        }
    }

    private TimesWidths() {
    }

    /** The width of {@code text} on one line, in twips (1/20 pt). */
    public static int twips(String text, double points, boolean bold) {
        int[] widths = bold ? BOLD : REGULAR;
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char base = c < BASE.length ? BASE[c] : c;
            units += base >= 32 && base < 127 ? widths[base - 32] : 500;
        }
        return (int) Math.round(units * points * 20 / 1000.0);
    }
}

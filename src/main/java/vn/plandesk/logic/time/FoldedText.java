package vn.plandesk.logic.time;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text prepared for matching: lower case, diacritics dropped, "đ" as "d", every dash as '-', and
 * each run of white space (line breaks too) as one space. Scanned documents lose their diacritics
 * and extracted text breaks lines anywhere, so the patterns only ever see this form. Each folded
 * character remembers where it came from, so a match can be mapped back to the original text.
 */
final class FoldedText {

    private final String text;
    /** For folded character i, the original text's range [originStart[i], originEnd[i]). */
    private final int[] originStart;
    private final int[] originEnd;

    private FoldedText(String text, int[] originStart, int[] originEnd) {
        this.text = text;
        this.originStart = originStart;
        this.originEnd = originEnd;
    }

    static FoldedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 1];
        int[] ends = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String folded = isSpace(codePoint) ? " " : foldCodePoint(codePoint);
            boolean repeatsSpace = folded.equals(" ") && (out.length() == 0 || out.charAt(out.length() - 1) == ' ');
            if (!repeatsSpace) {
                for (int k = 0; k < folded.length(); k++) {
                    if (out.length() == starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                        ends = Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[out.length()] = i;
                    ends[out.length()] = next;
                    out.append(folded.charAt(k));
                }
            }
            i = next;
        }
        return new FoldedText(out.toString(), starts, ends);
    }

    /** Folds one text for matching when no offsets are needed. */
    static String fold(String original) {
        return of(original).text().strip();
    }

    /** NFC, runs of white space as one space, trimmed: how a phrase is kept as raw. */
    static String foldWhitespace(String original) {
        String nfc = Normalizer.normalize(original, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (!isSpace(cp)) {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        });
        return out.toString().strip();
    }

    String text() {
        return text;
    }

    /** Original offset where the folded character at {@code foldedIndex} begins. */
    int originalStart(int foldedIndex) {
        return originStart[foldedIndex];
    }

    /** Original offset just after the folded range ending (exclusively) at {@code foldedEnd}. */
    int originalEnd(int foldedEnd) {
        return originEnd[foldedEnd - 1];
    }

    /** Non-breaking spaces count: documents copied from PDF or Word are full of them. */
    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static String foldCodePoint(int codePoint) {
        if (codePoint < 0x80) {
            return String.valueOf((char) Character.toLowerCase(codePoint));
        }
        switch (codePoint) {
            case 'đ', 'Đ', 'Ð': // 'Ð' (eth) stands in for 'Đ' in badly encoded files
                return "d";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
                return "-";
            default:
                break;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}

package vn.plandesk.logic.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.plandesk.model.Text;

/**
 * Vietnamese text rules the program needs beyond NFC: an accent-insensitive search key and
 * alphabetical order (a ă â b c d đ e ê ..., tones ngang < huyền < hỏi < ngã < sắc < nặng).
 */
public final class VietnameseText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** \s alone misses the no-break spaces that Word and web pages put between words. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private VietnameseText() {
    }

    /** The text in Unicode NFC, the form everything is stored in. */
    public static String nfc(String text) {
        return Text.nfc(text);
    }

    /**
     * The accent-insensitive key search compares: "Sở Kế hoạch và Đầu tư" → "so ke hoach va dau tu".
     * Tone marks go with the other marks, so "Ủy"/"Uỷ" and "hòa"/"hoà" (which NFC keeps apart)
     * get the same key. Null gives "".
     */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        // đ/Đ have no decomposition; Ð (U+00D0, Icelandic eth) stands in for Đ in text converted from legacy fonts.
        bare = bare.replace('đ', 'd').replace('Đ', 'D').replace('ð', 'd').replace('Ð', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Whether every word of the query occurs in the text, both read by {@link #searchKey}: "ke hoach"
     * finds "Kế hoạch số 25", and so does "hoach ke". A word may be part of a longer word, so typing
     * "hoa" already finds "hoạch". A blank query matches everything.
     */
    public static boolean matches(String text, String query) {
        String key = searchKey(text);
        String queryKey = searchKey(query);
        if (queryKey.isEmpty()) {
            return true;
        }
        for (String word : queryKey.split(" ")) {
            if (!key.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A new Vietnamese collator (collators are not safe to share between threads). On JDK 17 it orders
     * letters and tones correctly for NFC and NFD input alike, but it ignores spaces: use
     * {@link #comparator()} to sort names.
     */
    public static Collator collator() {
        return Collator.getInstance(VIETNAMESE);
    }

    /**
     * Vietnamese alphabetical order, word by word, nulls last. The JDK collator ignores spaces, which
     * puts "Hải Phòng" between "Hà Giang" and "Hà Nội" (hag < haiphong < hanoi); dictionaries and
     * lists of units sort by the first word first. So words are compared by their letters first
     * (primary strength), and only then the whole texts by tone, accent and case.
     */
    public static Comparator<String> comparator() {
        Collator letters = collator();
        letters.setStrength(Collator.PRIMARY);
        Collator full = collator();
        Comparator<String> byWords = (a, b) -> {
            String[] wordsA = SPACES.split(a.strip());
            String[] wordsB = SPACES.split(b.strip());
            for (int i = 0; i < Math.min(wordsA.length, wordsB.length); i++) {
                int c = letters.compare(wordsA[i], wordsB[i]);
                if (c != 0) {
                    return c;
                }
            }
            int c = Integer.compare(wordsA.length, wordsB.length);
            return c != 0 ? c : full.compare(a, b);
        };
        return Comparator.nullsLast(byWords);
    }
}

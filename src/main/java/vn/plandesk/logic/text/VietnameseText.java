package vn.plandesk.logic.text;

import java.text.Normalizer;
import java.util.Locale;

/** Accent-insensitive keys and Vietnamese ordering (the full version arrives with the plan JSON work). */
public final class VietnameseText {
    private VietnameseText() {}
    public static String searchKey(String s) {
        if (s == null) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
    public static java.util.Comparator<String> comparator() {
        java.text.Collator c = java.text.Collator.getInstance(Locale.forLanguageTag("vi"));
        return java.util.Comparator.nullsLast((a, b) -> c.compare(a, b));
    }
}

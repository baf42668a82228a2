package vn.plandesk.logic.importer.reading;

import java.util.Locale;
import java.util.Set;
import vn.plandesk.logic.text.VietnameseText;

/**
 * A body's name written in capitals in the header ("SỞ KHOA HỌC VÀ CÔNG NGHỆ") put back in the
 * case the body's own text uses ("Sở Khoa học và Công nghệ"), or, when the text never writes it,
 * in the usual case of Vietnamese agency names.
 */
final class NameCase {

    private static final Set<String> KINDS = Set.of("so", "ban", "phong", "van phong", "uy ban nhan dan", "ubnd", "cuc", "chi cuc",
            "trung tam", "hoi dong nhan dan", "tinh uy", "bo", "tong cuc", "thanh tra", "cong an", "dang uy", "thu tuong");
    private static final Set<String> PLACES = Set.of("tinh", "thanh pho", "huyen", "xa", "phuong", "thi xa", "quan");

    private NameCase() {
    }

    static String of(String upper, String text) {
        String key = VietnameseText.searchKey(upper);
        String found = findInText(key, text);
        if (found != null) {
            return found;
        }
        String[] words = upper.toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder out = new StringBuilder();
        boolean capitalNext = true;
        boolean placeName = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String wk = VietnameseText.searchKey(w);
            boolean abbreviation = w.length() <= 5 && wk.matches("(?:ubnd|hdnd|ubmttq|mttq|tw|vn|kh|dt|tc|nn|ptnt|khcn|gd|dt)");
            boolean placeWord = PLACES.contains(wk) && i > 0;
            String written = abbreviation ? w.toUpperCase(Locale.ROOT) : placeWord ? w : capitalNext || placeName ? capitalize(w) : w;
            out.append(i > 0 ? " " : "").append(written);
            String sofar = VietnameseText.searchKey(out.toString());
            capitalNext = KINDS.contains(sofar) || wk.equals("va") || KINDS.stream().anyMatch(k -> sofar.equals(k));
            if (PLACES.contains(wk) || i > 0 && PLACES.contains(VietnameseText.searchKey(words[i - 1] + " " + w))) {
                placeName = true;
            }
        }
        return out.toString();
    }

    private static String findInText(String key, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String[] words = text.split("[\\s\\p{Z}]+");
        int n = key.split(" ").length;
        for (int i = 0; i + n <= words.length; i++) {
            StringBuilder candidate = new StringBuilder();
            for (int k = 0; k < n; k++) {
                candidate.append(k > 0 ? " " : "").append(words[i + k]);
            }
            String c = candidate.toString().replaceAll("^[(\"“]+|[,;:.)\"”]+$", "");
            if (!Headings.isUpperCase(c) && VietnameseText.searchKey(c).equals(key)) {
                return c;
            }
        }
        return null;
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}

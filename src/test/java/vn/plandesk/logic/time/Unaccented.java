package vn.plandesk.logic.time;

import java.text.Normalizer;

/** A phrase as OCR leaves it: the same letters without diacritics. */
final class Unaccented {
    private Unaccented() {
    }

    static String of(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D');
    }
}

package vn.plandesk.model;

import java.text.Normalizer;

/** The one text rule the model enforces itself: everything is kept in Unicode NFC. */
public final class Text {
    private Text() {
    }

    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** NFC, trimmed, and null for a blank text. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = nfc(s).strip();
        return t.isEmpty() ? null : t;
    }
}

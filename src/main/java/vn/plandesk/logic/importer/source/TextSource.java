package vn.plandesk.logic.importer.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Plain text and pasted text: UTF-8 (with or without a byte order mark), UTF-16 with its mark,
 * Windows-1258, and text typed in the legacy TCVN3 or VNI encodings, which is converted. Every
 * line becomes a paragraph, tables written as text become tables ({@link TextTables}); the reader
 * joins lines broken inside a sentence.
 */
public final class TextSource {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private TextSource() {
    }

    /** Reads the bytes of a text file. */
    public static SourceDocument read(String name, byte[] bytes) {
        Decoded decoded = decode(bytes);
        return fromText(name, decoded.text(), decoded.legacy());
    }

    /** Reads text pasted into the window (already Unicode, possibly legacy-encoded characters). */
    public static SourceDocument fromPaste(String name, String text) {
        LegacyEncoding legacy = LegacyEncoding.guess(text);
        String unicode = legacy == null ? text : legacy.toUnicode(text);
        return fromText(name, unicode, legacy);
    }

    private static SourceDocument fromText(String name, String text, LegacyEncoding legacy) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        return new SourceDocument(name, TextTables.blocks(nfc.split("\n", -1)), true, legacy);
    }

    record Decoded(String text, LegacyEncoding legacy) {
    }

    /** Picks the reading of the bytes that looks most like Vietnamese. */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return unicode(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return unicode(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return unicode(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return unicode(utf8);
        }
        String latin = new String(bytes, WINDOWS_1252);
        String cp1258 = Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC);
        Decoded best = new Decoded(cp1258, null);
        int bestScore = score(cp1258);
        for (LegacyEncoding legacy : LegacyEncoding.values()) {
            String converted = legacy.toUnicode(latin);
            int score = score(converted);
            if (score > bestScore) {
                best = new Decoded(converted, legacy);
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * How Vietnamese a reading looks: {@link VietnameseScore}, less for every word with two tone
     * marks, which no Vietnamese syllable has and a wrong decoding makes everywhere (Windows-1258
     * read as VNI gave "hiờũn" for "hiện").
     */
    static int score(String text) {
        return VietnameseScore.of(text) - 4 * wordsWithTwoTones(text);
    }

    static int wordsWithTwoTones(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        int words = 0;
        int tones = 0;
        for (int i = 0; i <= nfd.length(); i++) {
            char c = i < nfd.length() ? nfd.charAt(i) : ' ';
            if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') {
                tones++;
            } else if (!Character.isLetter(c)) {
                if (tones > 1) {
                    words++;
                }
                tones = 0;
            }
        }
        return words;
    }

    private static Decoded unicode(String text) {
        LegacyEncoding legacy = LegacyEncoding.guess(text);
        return legacy == null ? new Decoded(text, null) : new Decoded(legacy.toUnicode(text), legacy);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

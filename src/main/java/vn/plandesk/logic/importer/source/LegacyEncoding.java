package vn.plandesk.logic.importer.source;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two legacy Vietnamese font encodings old Word files still carry, read back into Unicode NFC.
 * TCVN3 (ABC; fonts .VnTime, .VnArial, capitals fonts .VnTimeH) puts each accented letter on one
 * byte above 0x7F, so its text shows Latin-1 symbols inside words ("Ninh B×nh"). VNI (VNI-Times,
 * VNI-Helve) writes a base letter followed by a mark byte ("Xin chaøo"). Word stores such runs as
 * the Windows-1252 reading of the bytes, which is what these tables start from.
 */
public enum LegacyEncoding {
    TCVN3, VNI;

    /** Letters of the TCVN3 lower half, as "byte char" pairs (the byte written in Latin-1). */
    private static final String TCVN3_PAIRS =
            "¸á µà ¶ả ·ã ¹ạ ©â Êấ Çầ Èẩ Éẫ Ëậ ¨ă ¾ắ »ằ ¼ẳ ½ẵ Æặ "
            + "Ðé Ìè Îẻ Ïẽ Ñẹ ªê Õế Òề Óể Ôễ Öệ "
            + "Ýí ×ì Øỉ Üĩ Þị "
            + "ãó ßò áỏ âõ äọ «ô èố åồ æổ çỗ éộ ¬ơ íớ êờ ëở ìỡ îợ "
            + "óú ïù ñủ òũ ôụ \u00adư øứ õừ öử ÷ữ ùự "
            + "ýý úỳ ûỷ üỹ þỵ ®đ "
            + "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ";
    private static final Map<Character, Character> TCVN3_TABLE = new HashMap<>();
    /** VNI marks after a base letter: tone marks and the circumflex, breve and combined forms. */
    private static final Map<Character, String> VNI_MARKS = new HashMap<>();
    /** VNI letters written on one byte of their own. */
    private static final Map<Character, Character> VNI_LETTERS = new HashMap<>();

    static {
        for (String pair : TCVN3_PAIRS.split(" ")) {
            TCVN3_TABLE.put(pair.charAt(0), pair.charAt(1));
        }
        // tones: sắc, huyền, hỏi, ngã, nặng (combining U+0301, U+0300, U+0309, U+0303, U+0323)
        String[] tones = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};
        markRow("ùøûõï", "", tones);
        markRow("âáàåãä", "\u0302", tones); // circumflex, then circumflex with a tone
        markRow("êéèúüë", "\u0306", tones); // breve, then breve with a tone
        oneLetter("ô", 'ơ');
        oneLetter("ö", 'ư');
        oneLetter("ñ", 'đ');
        oneLetter("í", 'í');
        oneLetter("ì", 'ì');
        oneLetter("æ", 'ỉ');
        oneLetter("ó", 'ĩ');
        oneLetter("ò", 'ị');
        oneLetter("î", 'ỵ');
    }

    private static void markRow(String lowerBytes, String base, String[] tones) {
        for (int i = 0; i < lowerBytes.length(); i++) {
            String mark = base.isEmpty() ? tones[i] : i == 0 ? base : base + tones[i - 1];
            char lower = lowerBytes.charAt(i);
            VNI_MARKS.put(lower, mark);
            VNI_MARKS.put(Character.toUpperCase(lower), mark);
        }
    }

    private static void oneLetter(String lowerByte, char letter) {
        char b = lowerByte.charAt(0);
        VNI_LETTERS.put(b, letter);
        VNI_LETTERS.put(Character.toUpperCase(b), Character.toUpperCase(letter));
    }

    /** Windows-1252 characters Word uses for the bytes 0x80-0x9F, mapped back to those bytes. */
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static final Pattern TCVN3_SIGNS = Pattern.compile("\\p{L}[¸µ¶·¹©Ê¨¾»¼½ÆÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòôøõö÷ùýúûüþ®][\\p{L}]|[¸µ¶·¹Ê¾»¼½ÆÐÕÒÓÔÖÝ×ØÜÞèåæçé]");
    private static final Pattern VNI_SIGNS = Pattern.compile("[aeiouyAEIOUY][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË](?![\\p{L}&&[^a-zA-Z]])|\\b[ñÑ][a-zA-Z]|[a-zA-Z][ôö][a-zA-Z]");

    /** The encoding a font name tells, or null for a Unicode font. */
    public static LegacyEncoding ofFont(String fontName) {
        if (fontName == null) {
            return null;
        }
        String f = fontName.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith(".vn") || f.startsWith("vn") && !f.startsWith("vni")) {
            return TCVN3;
        }
        if (f.startsWith("vni")) {
            return VNI;
        }
        return null;
    }

    /** Whether a .VnTimeH-style capitals font: TCVN3 lower-case codes drawn as capitals. */
    public static boolean isCapitalsFont(String fontName) {
        return ofFont(fontName) == TCVN3 && fontName.strip().toLowerCase(Locale.ROOT).matches("\\.?vn.*h");
    }

    /**
     * The encoding a text without font names most likely is in, by its character patterns, or null
     * when it reads as Unicode already. Real Vietnamese in Unicode has letters from the Latin
     * Extended Additional block; legacy text has none and is full of Latin-1 signs inside words.
     */
    public static LegacyEncoding guess(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        long unicodeVietnamese = text.chars().filter(c -> c >= 0x1EA0 && c <= 0x1EF9 || c == 'ư' || c == 'ơ' || c == 'đ' || c == 'ă').count();
        long tcvn = TCVN3_SIGNS.matcher(text).results().count();
        long vni = VNI_SIGNS.matcher(text).results().count();
        long letters = text.chars().filter(Character::isLetter).count();
        long needed = Math.max(3, letters / 200);
        if (unicodeVietnamese > Math.max(tcvn, vni)) {
            return null;
        }
        if (tcvn >= needed && tcvn >= vni) {
            return TCVN3;
        }
        return vni >= needed ? VNI : null;
    }

    /** Converts legacy text to Unicode NFC; {@code capitals} for runs in a .VnTimeH-style font. */
    public String toUnicode(String text, boolean capitals) {
        String converted = this == TCVN3 ? tcvn3(text) : vni(text);
        converted = capitals ? converted.toUpperCase(Locale.ROOT) : this == TCVN3 ? capitalWords(converted) : converted;
        return Normalizer.normalize(converted, Normalizer.Form.NFC);
    }

    public String toUnicode(String text) {
        return toUnicode(text, false);
    }

    private static final Pattern MIXED_CAPITALS = Pattern.compile("\\p{L}*\\p{Ll}\\p{Lu}\\p{L}*");

    /**
     * Toned capitals have no TCVN3 code of their own: a capitals font draws the lower-case codes,
     * so without the font a heading reads "THÔNG BáO". A word with a capital after a small letter
     * is such a word and is put in capitals.
     */
    private static String capitalWords(String text) {
        return MIXED_CAPITALS.matcher(text).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
    }

    private static char asLatin1(char c) {
        int high = CP1252_HIGH.indexOf(c);
        return high >= 0 ? (char) (0x80 + high) : c;
    }

    private static String tcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = asLatin1(text.charAt(i));
            Character letter = TCVN3_TABLE.get(c);
            out.append(letter != null ? letter : text.charAt(i));
        }
        return out.toString();
    }

    private static String vni(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = asLatin1(text.charAt(i));
            char previous = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
            String mark = VNI_MARKS.get(c);
            if (mark != null && isVowelBase(previous, c)) {
                out.append(mark);
                continue;
            }
            Character letter = VNI_LETTERS.get(c);
            out.append(letter != null ? letter : text.charAt(i));
        }
        return out.toString();
    }

    /** A VNI mark byte follows the vowel it marks; the breve only ever goes on an a. */
    private static boolean isVowelBase(char previous, char mark) {
        char base = Character.toLowerCase(Normalizer.normalize(String.valueOf(previous), Normalizer.Form.NFD).charAt(0));
        boolean breve = "êéèúüëÊÉÈÚÜË".indexOf(mark) >= 0;
        boolean circumflex = "âáàåãäÂÁÀÅÃÄ".indexOf(mark) >= 0;
        if (breve) {
            return base == 'a';
        }
        if (circumflex) {
            return base == 'a' || base == 'e' || base == 'o';
        }
        return "aeiouyơư".indexOf(base) >= 0 || previous == 'ơ' || previous == 'ư' || previous == 'Ơ' || previous == 'Ư';
    }
}

package vn.plandesk.logic.export;

/** The numbers of an administrative document: Roman sections and Vietnamese point letters. */
public final class Numbering {
    /** Point letters follow the Vietnamese alphabet: đ included, ă â ê ô ơ ư f j w z skipped. */
    private static final String[] POINT_LETTERS = {
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"
    };
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Numbering() {
    }

    /** 1 → "I", 4 → "IV", 14 → "XIV". */
    public static String roman(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Roman numerals start at 1: " + n);
        }
        StringBuilder s = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                s.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return s.toString();
    }

    /** How many points a clause can letter; longer lists are written as "- " items. */
    public static int pointLetterCount() {
        return POINT_LETTERS.length;
    }

    /** 0 → "a", 4 → "đ", 5 → "e", 22 → "y". */
    public static String pointLetter(int index) {
        return POINT_LETTERS[index];
    }
}

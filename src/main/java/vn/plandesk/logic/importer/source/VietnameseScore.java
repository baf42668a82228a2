package vn.plandesk.logic.importer.source;

/**
 * How much a text looks like Vietnamese in Unicode: letters with Vietnamese marks count for it,
 * Latin-1 signs and stray combining marks (what a wrong decoding leaves) count against it.
 */
final class VietnameseScore {

    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ";

    private VietnameseScore() {
    }

    static int of(String text) {
        int score = 0;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x1EA0 && c <= 0x1EF9 || VIETNAMESE_LATIN1.indexOf(c) >= 0) {
                score += 1;
            } else if (c >= 0xA0 && c <= 0xBF || c == '×' || c == '÷' || c == 'Þ' || c == 'þ' || c == 'Ð' || c == 'ð'
                    || c == 'Æ' || c == 'æ' || c == 'ß' || c >= 0x80 && c < 0xA0) {
                score -= 3;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK && !Character.isLetter(previous)) {
                score -= 3;
            }
            previous = c;
        }
        return score;
    }
}

package vn.plandesk.logic.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    private static final List<String> ALPHABETICAL = List.of(
            "an", "ăn", "ân", "bà", "ca", "da", "đa", "em", "êm", "gà", "hà", "im", "kê", "la", "ma", "na",
            "ong", "ông", "ơn", "pa", "qua", "ra", "sa", "ta", "u", "ư", "va", "xa", "y");
    private static final List<String> TONES = List.of("ma", "mà", "mả", "mã", "má", "mạ");
    /** The same tones on a vowel that already has a mark: NFD gives two combining marks. */
    private static final List<String> TONES_ON_CIRCUMFLEX = List.of("ân", "ần", "ẩn", "ẫn", "ấn", "ận");

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    private static List<String> shuffled(List<String> words, long seed) {
        List<String> copy = new ArrayList<>(words);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    private static List<String> sortedWith(java.util.Comparator<String> order, List<String> words) {
        List<String> copy = new ArrayList<>(words);
        copy.sort(order);
        return copy;
    }

    @Test
    void nfcComposesDecomposedText() {
        String decomposed = nfd("Ủy ban nhân dân tỉnh");
        assertFalse(decomposed.equals("Ủy ban nhân dân tỉnh"));
        assertEquals("Ủy ban nhân dân tỉnh", VietnameseText.nfc(decomposed));
    }

    @Test
    void searchKeyDropsMarksAndFoldsCaseAndSpaces() {
        assertEquals("so ke hoach va dau tu", VietnameseText.searchKey("Sở Kế hoạch và Đầu tư"));
        assertEquals("uy ban nhan dan tinh", VietnameseText.searchKey("  Ủy ban\tnhân\u00A0dân\n tỉnh "));
        assertEquals("dai phat thanh", VietnameseText.searchKey("ĐÀI PHÁT THANH"));
        assertEquals("so tai chinh", VietnameseText.searchKey("Sở Tài chính"));
        assertEquals("ban dan toc", VietnameseText.searchKey("Ban Dân tộc"));
        assertEquals("", VietnameseText.searchKey(null));
    }

    @Test
    void searchKeyUnifiesTonePlacement() {
        assertEquals(VietnameseText.searchKey("Ủy ban"), VietnameseText.searchKey("Uỷ ban"));
        assertEquals(VietnameseText.searchKey("Thủy lợi"), VietnameseText.searchKey("Thuỷ lợi"));
        assertEquals(VietnameseText.searchKey("hòa giải"), VietnameseText.searchKey("hoà giải"));
        assertEquals("thuy", VietnameseText.searchKey("Thuỷ"));
    }

    @Test
    void searchKeyOfNfdInputEqualsThatOfNfc() {
        for (String name : List.of("Ủy ban nhân dân tỉnh", "Đài Phát thanh và Truyền hình", "Sở Tài chính", "Ban Dân tộc")) {
            assertEquals(VietnameseText.searchKey(name), VietnameseText.searchKey(nfd(name)), name);
        }
    }

    @Test
    void matchesFindsEveryQueryWordWhateverTheAccents() {
        assertTrue(VietnameseText.matches("Kế hoạch số 25/KH-KHCN", "ke hoach"));
        assertTrue(VietnameseText.matches("Kế hoạch số 25/KH-KHCN", "HOẠCH kế"));
        assertTrue(VietnameseText.matches("Uỷ ban nhân dân tỉnh Bắc Giang", "ủy ban bac giang"));
        assertTrue(VietnameseText.matches(nfd("Đài Phát thanh"), "dai phat"));
        assertTrue(VietnameseText.matches("Sở Tài chính", "  "));
        assertFalse(VietnameseText.matches("Sở Tài chính", "so tai nguyen"));
        assertFalse(VietnameseText.matches("Ban Dân tộc", "ban dan toc tinh"));
        assertFalse(VietnameseText.matches(null, "ban"));
    }

    @Test
    void collatorIsFreshEachCall() {
        Collator first = VietnameseText.collator();
        first.setStrength(Collator.PRIMARY);
        assertNotSame(first, VietnameseText.collator());
        assertEquals(Collator.TERTIARY, VietnameseText.collator().getStrength());
    }

    @Test
    void jdkCollatorOrdersLettersAndTonesForNfcAndNfd() {
        Collator collator = VietnameseText.collator();
        assertEquals(ALPHABETICAL, sortedWith(collator::compare, shuffled(ALPHABETICAL, 1)));
        assertEquals(TONES, sortedWith(collator::compare, shuffled(TONES, 2)));
        List<String> decomposed = shuffled(ALPHABETICAL, 3).stream().map(VietnameseTextTest::nfd).toList();
        assertEquals(ALPHABETICAL, sortedWith(collator::compare, decomposed).stream().map(VietnameseText::nfc).toList());
        List<String> decomposedTones = shuffled(TONES_ON_CIRCUMFLEX, 4).stream().map(VietnameseTextTest::nfd).toList();
        assertEquals(TONES_ON_CIRCUMFLEX, sortedWith(collator::compare, decomposedTones).stream().map(VietnameseText::nfc).toList());
    }

    @Test
    void comparatorSortsVietnameseAlphabeticalOrder() {
        for (long seed = 0; seed < 5; seed++) {
            assertEquals(ALPHABETICAL, sortedWith(VietnameseText.comparator(), shuffled(ALPHABETICAL, seed)));
        }
    }

    @Test
    void comparatorSortsTonesNgangHuyenHoiNgaSacNang() {
        assertEquals(TONES, sortedWith(VietnameseText.comparator(), shuffled(TONES, 7)));
        assertEquals(TONES_ON_CIRCUMFLEX, sortedWith(VietnameseText.comparator(), shuffled(TONES_ON_CIRCUMFLEX, 8)));
    }

    @Test
    void comparatorGivesTheSameOrderForNfdInput() {
        List<String> decomposed = shuffled(ALPHABETICAL, 9).stream().map(VietnameseTextTest::nfd).toList();
        assertEquals(ALPHABETICAL, sortedWith(VietnameseText.comparator(), decomposed).stream().map(VietnameseText::nfc).toList());
        List<String> mixed = new ArrayList<>(TONES.stream().map(VietnameseTextTest::nfd).toList());
        Collections.reverse(mixed);
        assertEquals(TONES, sortedWith(VietnameseText.comparator(), mixed).stream().map(VietnameseText::nfc).toList());
    }

    @Test
    void comparatorSortsUnitNamesWordByWord() {
        List<String> expected = List.of("Ban Dân tộc", "Đài Phát thanh", "Hà Giang", "Hà Nội", "Hải Phòng",
                "Sở Tài chính", "Sở Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh", "Văn phòng Sở");
        assertEquals(expected, sortedWith(VietnameseText.comparator(), shuffled(expected, 11)));
    }

    @Test
    void comparatorPutsLettersBeforeTonesOfEarlierWords() {
        // The tone of the first word only decides when all letters are equal.
        assertEquals(List.of("mà an", "ma bàn", "ma bán"),
                sortedWith(VietnameseText.comparator(), List.of("ma bán", "ma bàn", "mà an")));
    }

    @Test
    void comparatorPutsNullsLast() {
        List<String> words = Arrays.asList(null, "Sở Tài chính", null, "Ban Dân tộc");
        assertEquals(Arrays.asList("Ban Dân tộc", "Sở Tài chính", null, null), sortedWith(VietnameseText.comparator(), words));
    }
}

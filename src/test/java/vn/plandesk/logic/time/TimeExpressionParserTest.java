package vn.plandesk.logic.time;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plandesk.logic.time.TimeExpressionParser.Found;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeExpression.Flag;
import vn.plandesk.model.TimeKind;

/** How the parser behaves around the table: line breaks, the plan's year, flags, bad input, running text. */
class TimeExpressionParserTest {

    private final TimeExpressionParser parser = new TimeExpressionParser();

    @Test
    void readsPhrasesBrokenAcrossLines() {
        TimeExpression before = parser.parse("Trước ngày\n26/11/2018");
        TimeExpression meeting = parser.parse("(Kỳ họp tháng \r\n7/2019)");
        TimeExpression start = parser.parse("Đầu tháng \n01/2019");
        assertAll(
                () -> assertEquals("Trước ngày 26/11/2018", before.raw()),
                () -> assertEquals(LocalDate.of(2018, 11, 26), before.end()),
                () -> assertEquals("(Kỳ họp tháng 7/2019)", meeting.raw()),
                () -> assertEquals(LocalDate.of(2019, 7, 31), meeting.end()),
                () -> assertTrue(meeting.hasFlag(Flag.TIED_TO_EVENT)),
                () -> assertEquals(LocalDate.of(2019, 1, 10), start.end()),
                () -> assertEquals(LocalDate.of(2019, 7, 31), parser.parse("tháng\n7/2019").end()),
                () -> assertEquals(LocalDate.of(2019, 3, 20), parser.parse("truoc   ngay \t 20 / 3 / 2019").end()));
    }

    @Test
    void keepsRawAsWrittenInNfcWithWhiteSpaceFolded() {
        String decomposed = Normalizer.normalize("  Trong  tháng\n4/2019 ", Normalizer.Form.NFD);
        TimeExpression e = parser.parse(decomposed);
        assertEquals("Trong tháng 4/2019", e.raw());
        assertEquals(TimeKind.MONTH, e.kind());
    }

    @Test
    void aMissingYearIsThePlansYearAndFlagged() {
        TimeExpression fromPlanYear = parser.parse("trước ngày 02/3", null, 2020);
        TimeExpression fromIssueDate = parser.parse("tháng 4", LocalDate.of(2021, 1, 5), null);
        TimeExpression written = parser.parse("tháng 4/2021", LocalDate.of(2021, 1, 5), null);
        assertAll(
                () -> assertEquals(LocalDate.of(2020, 3, 2), fromPlanYear.end(), "02/3 is 2 March"),
                () -> assertEquals(Set.of(Flag.YEAR_ASSUMED), fromPlanYear.flags()),
                () -> assertEquals(LocalDate.of(2021, 4, 30), fromIssueDate.end()),
                () -> assertTrue(fromIssueDate.hasFlag(Flag.YEAR_ASSUMED)),
                () -> assertFalse(written.hasFlag(Flag.YEAR_ASSUMED)));
    }

    @Test
    void theStartOfARangeTakesTheYearWrittenAtItsEndNotThePlans() {
        TimeExpression e = parser.parse("từ ngày 01/4 đến ngày 15/4/2019", null, 2030);
        assertEquals(LocalDate.of(2019, 4, 1), e.start());
        assertFalse(e.hasFlag(Flag.YEAR_ASSUMED));
        TimeExpression acrossNewYear = parser.parse("từ ngày 20/12 đến ngày 10/01/2020");
        assertEquals(LocalDate.of(2019, 12, 20), acrossNewYear.start());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tháng 4", "trước ngày 02/3", "cuối năm", "Quý I", "từ ngày 01/4 đến ngày 15/4"})
    void aMissingYearWithoutAPlanYearIsUnresolved(String words) {
        TimeExpression e = parser.parse(words);
        assertEquals(TimeKind.UNRESOLVED, e.kind());
        assertEquals(words, e.raw());
        assertNull(e.end());
    }

    @Test
    void flagsADeadlineFarBeforeTheIssueDate() {
        LocalDate issued = LocalDate.of(2019, 2, 25);
        assertAll(
                () -> assertTrue(parser.parse("trước ngày 20/3/2009", issued, null).hasFlag(Flag.FAR_BEFORE_PLAN)),
                () -> assertEquals(LocalDate.of(2009, 3, 20), parser.parse("trước ngày 20/3/2009", issued, null).end(),
                        "flagged, not refused"),
                () -> assertTrue(parser.parse("tháng 1/2018", issued, null).hasFlag(Flag.FAR_BEFORE_PLAN)),
                () -> assertFalse(parser.parse("tháng 3/2018", issued, null).hasFlag(Flag.FAR_BEFORE_PLAN),
                        "within 365 days"),
                () -> assertFalse(parser.parse("trước ngày 20/3/2019", issued, null).hasFlag(Flag.FAR_BEFORE_PLAN)),
                () -> assertFalse(parser.parse("trước ngày 20/3/2009").hasFlag(Flag.FAR_BEFORE_PLAN), "no issue date"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/2/2019", "ngày 31/2/2019", "ngày 45/13/2019", "trước ngày 30/02/2020", "tháng 13/2019",
            "Quý II-I/2026", "từ ngày 15/4/2019 đến ngày 01/4/2019", "ngày 26/11/18", "trước ngày 29/2/2019",
            "ngày 15/12 hằng tháng", "định kỳ 5 tháng", "năm 0000", "theo yêu cầu", "@@@ 12//2019 !!"})
    void unreadableWordsAreUnresolvedAndKept(String words) {
        TimeExpression e = parser.parse(words, LocalDate.of(2019, 2, 25), 2019);
        assertEquals(TimeKind.UNRESOLVED, e.kind());
        assertEquals(words, e.raw());
    }

    @Test
    void theLeapDayExistsOnlyInLeapYears() {
        assertEquals(LocalDate.of(2024, 2, 29), parser.parse("trước ngày 29/2/2024").end());
        assertEquals(TimeKind.UNRESOLVED, parser.parse("trước ngày 29/2/2023").kind());
    }

    @Test
    void blankOrNullIsNone() {
        assertTrue(parser.parse(null).isNone());
        assertTrue(parser.parse("").isNone());
        assertTrue(parser.parse(" \n\t ", LocalDate.of(2019, 1, 1), 2019).isNone());
    }

    @Test
    void neverThrowsAndKeepsRawWhateverItIsGiven() {
        Random random = new Random(20260115L);
        String alphabet = "0123456789/-.:, ()\n\tngàytháámquýIVđếnừhếtrưcậmhấlàđịnhkỳằxuyêaQĐUBND\u0300\u00a0\uD83D\uDE00";
        String[] words = {"ngày", "tháng", "năm", "quý", "từ", "đến", "hết", "trước", "chậm nhất", "hằng", "định kỳ",
                "đầu", "cuối", "giữa", "số", "Kỳ họp", "29/2", "31/12/", "2019", "-", "/", "II-III", " ", "\n"};
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                if (random.nextBoolean()) {
                    text.append(words[random.nextInt(words.length)]).append(' ');
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String input = text.toString();
            TimeExpression e = parser.parse(input, random.nextBoolean() ? LocalDate.of(2019, 2, 25) : null,
                    random.nextBoolean() ? 2019 : null);
            assertEquals(FoldedText.foldWhitespace(input), e.raw(), input);
            List<Found> found = parser.findAll(input, null, 2019);
            for (Found f : found) {
                assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= input.length(), input);
            }
        }
    }

    @Test
    void copesWithHugeText() {
        String huge = "trước ngày 26/11/2018 ".repeat(20_000);
        TimeExpression e = parser.parse(huge);
        assertEquals(TimeKind.UNRESOLVED, e.kind());
        assertEquals(huge.strip(), e.raw());
        assertEquals(20_000, parser.findAll(huge, null, null).size());
    }

    @Test
    void findAllSkipsCitedDocumentsAndFindsTheDeadline() {
        String text = "Căn cứ Quyết định số 2455/QĐ-UBND ngày 30/11/2018 của Chủ tịch UBND tỉnh về việc giao\n"
                + "nhiệm vụ; Sở Kế hoạch và Đầu tư xây dựng kế hoạch như sau:\n"
                + "- Trước ngày 26/11/2018: Trình phê duyệt đề cương, dự toán Đề án.";
        List<Found> found = parser.findAll(text, null, 2018);
        assertEquals(1, found.size(), found.toString());
        Found deadline = found.get(0);
        assertEquals("Trước ngày 26/11/2018", text.substring(deadline.start(), deadline.end()));
        assertEquals(TimeKind.BEFORE, deadline.expression().kind());
        assertEquals(LocalDate.of(2018, 11, 26), deadline.expression().end());
    }

    @Test
    void findAllSkipsOtherCitationsAndComparisons() {
        String text = "Thực hiện Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2019 và Thông báo số 45/TB-VP, ngày\n"
                + "10/01/2019; tăng 5% so với năm 2018. Hoàn thành trong tháng 4/2019.";
        List<Found> found = parser.findAll(text, null, 2019);
        assertEquals(1, found.size(), found.toString());
        assertEquals("trong tháng 4/2019", text.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void findAllReadsRunningTextWithLineBreaksAndWithoutDiacritics() {
        String text = "3.1. Truoc ngay 20/3/2019: Cac thanh vien hoan thien. 3.2. Tu ngay 01/4 den ngay\n15/4/2019 "
                + "xay dung du thao; bao cao hang thang; (Ky hop thang\n7/2019); Quy II-III/2026.";
        List<Found> found = parser.findAll(text, null, 2019);
        assertEquals(List.of(TimeKind.BEFORE, TimeKind.RANGE, TimeKind.RECURRING, TimeKind.MONTH, TimeKind.QUARTER),
                found.stream().map(f -> f.expression().kind()).toList(), found.toString());
        Found range = found.get(1);
        assertEquals("Tu ngay 01/4 den ngay\n15/4/2019", text.substring(range.start(), range.end()));
        assertEquals("Tu ngay 01/4 den ngay 15/4/2019", range.expression().raw());
        assertEquals(LocalDate.of(2019, 4, 1), range.expression().start());
        assertTrue(found.get(3).expression().hasFlag(Flag.TIED_TO_EVENT));
    }

    @Test
    void findAllOfNothingIsEmpty() {
        assertTrue(parser.findAll(null, null, null).isEmpty());
        assertTrue(parser.findAll("Không có thời hạn nào ở đây.", null, 2019).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"năm 2027 và những năm sau", "giai đoạn 2027 - 2029 và các năm tiếp theo",
            "từ 2027 trở đi", "2027 trở đi", "Giai đoạn 2027-2029, và các năm tiếp sau"})
    void anOpenSpanOfYearsStartsOnItsFirstYearAndHasNoEnd(String words) {
        for (TimeExpression e : List.of(parser.parse(words), parser.parse(Unaccented.of(words)))) {
            assertEquals(TimeKind.OPEN, e.kind(), words);
            assertEquals(LocalDate.of(2027, 1, 1), e.start(), words);
            assertNull(e.end(), words);
            assertNull(e.due(), words);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Từ 15/3/2027", "kể từ ngày 15 tháng 3 năm 2027", "bắt đầu từ ngày 15/3/2027"})
    void fromADayOnIsOpen(String words) {
        TimeExpression e = parser.parse(words);
        assertEquals(TimeKind.OPEN, e.kind(), words);
        assertEquals(LocalDate.of(2027, 3, 15), e.start(), words);
        assertNull(e.end(), words);
    }

    @Test
    void fromAMonthOrQuarterOnIsOpenFromItsFirstDay() {
        assertEquals(LocalDate.of(2027, 4, 1), parser.parse("từ tháng 4/2027").start());
        assertEquals(LocalDate.of(2027, 7, 1), parser.parse("kể từ quý III/2027").start());
        assertNull(parser.parse("từ quý III/2027").end());
    }

    @Test
    void fromWordsThatAreNoStartOpenNothing() {
        List<Found> count = parser.findAll("rút ngắn thời gian xử lý từ 3-5 ngày", null, 2027);
        List<Found> since = parser.findAll("từ ngày 01/01/2020 đến nay, tỉnh đã thực hiện", null, 2027);
        List<Found> invest = parser.findAll("vốn đầu tư năm 2027 của tỉnh", null, 2027);
        assertAll(
                () -> assertTrue(count.stream().noneMatch(f -> f.expression().kind() == TimeKind.OPEN)),
                () -> assertTrue(since.stream().noneMatch(f -> f.expression().kind() == TimeKind.OPEN)),
                () -> assertEquals(List.of(TimeKind.YEAR), invest.stream().map(f -> f.expression().kind()).toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027 - 2029", "Năm 2027-2029", "xuyên suốt 2027 – 2029", "suốt giai đoạn 2027 - 2029", "Giai đoạn 2027 - 2029"})
    void aSpanOfYearsEndsOnTheLastDayOfItsLastYear(String words) {
        for (TimeExpression e : List.of(parser.parse(words), parser.parse(Unaccented.of(words)))) {
            assertEquals(TimeKind.RANGE, e.kind(), words);
            assertEquals(LocalDate.of(2027, 1, 1), e.start(), words);
            assertEquals(LocalDate.of(2029, 12, 31), e.due(), words);
        }
    }

    @Test
    void aSpanOfYearsInBracketsIsFoundInRunningText() {
        List<Found> found = parser.findAll("Số hóa hồ sơ lưu trữ của các xã (2027 - 2028).", null, 2026);
        assertEquals(1, found.size());
        assertEquals("2027 - 2028", found.get(0).expression().raw());
        assertEquals(LocalDate.of(2028, 12, 31), found.get(0).expression().due());
    }

    @Test
    void ongoingWorkHasNoDatesEvenWhenThePlansYearIsKnown() {
        TimeExpression ongoing = parser.parse("Thường xuyên", LocalDate.of(2026, 3, 2), 2026);
        assertEquals(TimeKind.CONTINUOUS, ongoing.kind());
        assertNull(ongoing.start());
        assertNull(ongoing.end());
        assertNull(ongoing.due());
    }

    @Test
    void aCitedResolutionWithASpaceAfterTheDashIsNoDeadline() {
        String text = "Thực hiện Nghị quyết số 18/NQ- TW ngày 16/6/2022 và Chỉ thị 05- CT/TU ngày 03/3/2023, hoàn thành trước ngày 30/9/2027.";
        List<Found> found = parser.findAll(text, null, 2027);
        assertEquals(List.of("trước ngày 30/9/2027"), found.stream().map(f -> f.expression().raw()).toList());
    }
}

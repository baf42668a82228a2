package vn.plandesk.logic.time;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plandesk.model.Recurrence;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeExpression.Flag;
import vn.plandesk.model.TimeKind;

/**
 * One row per example of shared/reference/time-expressions.md (plus a few spellings its rules name),
 * each read as written and again stripped of diacritics, as a scanned document gives it.
 */
class TimeExpressionParserTableTest {

    private final TimeExpressionParser parser = new TimeExpressionParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # words                                                  | issued     | year | kind          | start      | end        | recurrence    | flags
            ngày 05/7/2024                                           | -          | -    | DAY           | 2024-07-05 | 2024-07-05 | -             | -
            ngày 05 tháng 7 năm 2024                                 | -          | -    | DAY           | 2024-07-05 | 2024-07-05 | -             | -
            ngày 26-11-2018                                          | -          | -    | DAY           | 2018-11-26 | 2018-11-26 | -             | -
            ngày 26.11.2018                                          | -          | -    | DAY           | 2018-11-26 | 2018-11-26 | -             | -
            trước ngày 26/11/2018                                    | 2018-09-15 | -    | BEFORE        | -          | 2018-11-26 | -             | -
            hoàn thành trước ngày 15/7/2024                          | -          | -    | BEFORE        | -          | 2024-07-15 | -             | -
            chậm nhất ngày 22/01/2026                                | -          | -    | BY            | -          | 2026-01-22 | -             | -
            chậm nhất là ngày 22/01/2026                             | -          | -    | BY            | -          | 2026-01-22 | -             | -
            hạn hoàn thành ngày 30/6/2019                            | -          | -    | BY            | -          | 2019-06-30 | -             | -
            thời hạn: ngày 30/6/2019                                 | -          | -    | BY            | -          | 2019-06-30 | -             | -
            từ ngày 01/4 đến ngày 15/4/2019                          | -          | -    | RANGE         | 2019-04-01 | 2019-04-15 | -             | -
            từ ngày 01/4 tới ngày 15/4/2019                          | -          | -    | RANGE         | 2019-04-01 | 2019-04-15 | -             | -
            từ ngày 25/12/2026 đến hết ngày 28/12/2026               | -          | -    | RANGE         | 2026-12-25 | 2026-12-28 | -             | -
            từ ngày 01/4 đến ngày 15/4                               | -          | 2020 | RANGE         | 2020-04-01 | 2020-04-15 | -             | YEAR_ASSUMED
            tháng 4/2019                                             | -          | -    | MONTH         | 2019-04-01 | 2019-04-30 | -             | -
            trong tháng 4/2019                                       | -          | -    | MONTH         | 2019-04-01 | 2019-04-30 | -             | -
            trong tháng 01 năm 2026                                  | -          | -    | MONTH         | 2026-01-01 | 2026-01-31 | -             | -
            Tháng 10/2019                                            | -          | -    | MONTH         | 2019-10-01 | 2019-10-31 | -             | -
            Tháng 9-10/2018                                          | -          | -    | RANGE         | 2018-09-01 | 2018-10-31 | -             | -
            Tháng 9-10/2018:                                         | -          | -    | RANGE         | 2018-09-01 | 2018-10-31 | -             | -
            đầu tháng 01/2019                                        | -          | -    | PART_OF_MONTH | 2019-01-01 | 2019-01-10 | -             | -
            giữa tháng 01/2019                                       | -          | -    | PART_OF_MONTH | 2019-01-11 | 2019-01-20 | -             | -
            cuối tháng 01/2019                                       | -          | -    | PART_OF_MONTH | 2019-01-21 | 2019-01-31 | -             | -
            cuối tháng 02/2024                                       | -          | -    | PART_OF_MONTH | 2024-02-21 | 2024-02-29 | -             | -
            cuối tháng 02/2023                                       | -          | -    | PART_OF_MONTH | 2023-02-21 | 2023-02-28 | -             | -
            Quý I/2026                                               | -          | -    | QUARTER       | 2026-01-01 | 2026-03-31 | -             | -
            quý 1 năm 2026                                           | -          | -    | QUARTER       | 2026-01-01 | 2026-03-31 | -             | -
            Quý II-III/2026                                          | -          | -    | QUARTER       | 2026-04-01 | 2026-09-30 | -             | -
            Quý IV/2025                                              | -          | -    | QUARTER       | 2025-10-01 | 2025-12-31 | -             | -
            6 tháng đầu năm 2026                                     | -          | -    | PART_OF_YEAR  | 2026-01-01 | 2026-06-30 | -             | -
            6 tháng cuối năm                                         | -          | 2026 | PART_OF_YEAR  | 2026-07-01 | 2026-12-31 | -             | YEAR_ASSUMED
            9 tháng đầu năm                                          | -          | 2026 | PART_OF_YEAR  | 2026-01-01 | 2026-09-30 | -             | YEAR_ASSUMED
            đầu năm 2026                                             | -          | -    | PART_OF_YEAR  | 2026-01-01 | 2026-03-31 | -             | -
            cuối năm                                                 | -          | 2026 | PART_OF_YEAR  | 2026-10-01 | 2026-12-31 | -             | YEAR_ASSUMED
            những tháng cuối năm                                     | -          | 2026 | PART_OF_YEAR  | 2026-10-01 | 2026-12-31 | -             | YEAR_ASSUMED
            ngay từ đầu năm 2026                                     | -          | -    | PART_OF_YEAR  | 2026-01-01 | -          | -             | -
            năm 2026                                                 | -          | -    | YEAR          | 2026-01-01 | 2026-12-31 | -             | -
            trong năm 2026                                           | -          | -    | YEAR          | 2026-01-01 | 2026-12-31 | -             | -
            giai đoạn 2026 - 2030                                    | -          | -    | RANGE         | 2026-01-01 | 2030-12-31 | -             | -
            giai đoạn 2020-2025                                      | -          | -    | RANGE         | 2020-01-01 | 2025-12-31 | -             | -
            đến năm 2025                                             | 2019-02-25 | -    | RANGE         | 2019-02-25 | 2025-12-31 | -             | -
            đến năm 2025                                             | -          | -    | RANGE         | -          | 2025-12-31 | -             | -
            năm 2024 và các năm tiếp theo                            | -          | -    | OPEN          | 2024-01-01 | -          | -             | -
            đến hết tháng 12/2026                                    | 2026-01-10 | -    | RANGE         | 2026-01-10 | 2026-12-31 | -             | -
            kể từ ngày Kế hoạch được ban hành đến hết tháng 12/2026  | 2026-01-10 | -    | RANGE         | 2026-01-10 | 2026-12-31 | -             | -
            (Kỳ họp tháng 7/2019)                                    | -          | -    | MONTH         | 2019-07-01 | 2019-07-31 | -             | TIED_TO_EVENT
            Kỳ họp tháng 7/2019                                      | -          | -    | MONTH         | 2019-07-01 | 2019-07-31 | -             | TIED_TO_EVENT
            hằng tháng                                               | -          | -    | RECURRING     | -          | -          | MONTHLY       | -
            hàng tháng                                               | -          | -    | RECURRING     | -          | -          | MONTHLY       | -
            định kỳ hằng quý                                         | -          | -    | RECURRING     | -          | -          | QUARTERLY     | -
            định kỳ 6 tháng                                          | -          | -    | RECURRING     | -          | -          | HALF_YEARLY   | -
            hằng năm                                                 | -          | -    | RECURRING     | -          | -          | YEARLY        | -
            hàng năm                                                 | -          | -    | RECURRING     | -          | -          | YEARLY        | -
            trước ngày 20 hằng tháng                                 | -          | -    | RECURRING     | -          | -          | MONTHLY 20    | -
            trước ngày 15/12 hằng năm                                | -          | -    | RECURRING     | -          | -          | YEARLY 15 12  | -
            thường xuyên                                             | -          | 2026 | CONTINUOUS    | -          | -          | -             | -
            thường xuyên, liên tục                                   | -          | 2026 | CONTINUOUS    | -          | -          | -             | -
            thường xuyên                                             | -          | -    | CONTINUOUS    | -          | -          | -             | -
            theo yêu cầu                                             | -          | 2026 | UNRESOLVED    | -          | -          | -             | -
            khi có yêu cầu                                           | -          | 2026 | UNRESOLVED    | -          | -          | -             | -
            theo chỉ đạo                                             | -          | 2026 | UNRESOLVED    | -          | -          | -             | -
            sau khi Đề án được phê duyệt                             | -          | 2026 | UNRESOLVED    | -          | -          | -             | -
            """)
    void readsEachExampleWithAndWithoutDiacritics(String words, LocalDate issued, Integer year, TimeKind kind,
                                                  LocalDate start, LocalDate end, String recurrence, String flags) {
        String stripped = Unaccented.of(words);
        if (words.matches(".*[À-ỹđĐ].*")) {
            assertNotEquals(words, stripped, "the stripped variant must differ");
        }
        for (String variant : new String[] {words, stripped}) {
            TimeExpression e = parser.parse(variant, issued, year);
            assertAll(variant,
                    () -> assertEquals(variant, e.raw()),
                    () -> assertEquals(kind, e.kind(), "kind"),
                    () -> assertEquals(start, e.start(), "start"),
                    () -> assertEquals(end, e.end(), "end"),
                    () -> assertEquals(recurrence(recurrence), e.recurrence(), "recurrence"),
                    () -> assertEquals(flags(flags), e.flags(), "flags"));
        }
    }

    /** "YEARLY 15 12" is the period, then the stated day and month when there are. */
    private static Recurrence recurrence(String written) {
        if (written == null) {
            return null;
        }
        String[] parts = written.split(" ");
        return new Recurrence(Recurrence.Period.valueOf(parts[0]),
                parts.length > 1 ? Integer.valueOf(parts[1]) : null,
                parts.length > 2 ? Integer.valueOf(parts[2]) : null);
    }

    private static Set<Flag> flags(String written) {
        if (written == null) {
            return Set.of();
        }
        return Arrays.stream(written.split(" ")).map(Flag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Flag.class)));
    }
}

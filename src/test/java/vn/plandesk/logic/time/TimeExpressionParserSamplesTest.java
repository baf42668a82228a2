package vn.plandesk.logic.time;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plandesk.model.TimeExpression;

/**
 * Every time phrase of the two hand-made sample annotations (shared/samples/*.json), copied here so
 * the test needs nothing outside the repository: deadlines and phases give start and end, tasks the
 * due date. Sample 000 (000_c35e675f79bbd5c5) has no issue date; sample 004 (004_939a8cc7529e5ded,
 * "25/KH-KHCN") was issued on 2019-02-25.
 */
class TimeExpressionParserSamplesTest {

    private static final LocalDate SAMPLE_004_ISSUED = LocalDate.of(2019, 2, 25);

    private final TimeExpressionParser parser = new TimeExpressionParser();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # from          | phrase                              | start      | end or due
            000 deadline    | Tháng 9-10/2018                     | 2018-09-01 | 2018-10-31
            000 deadline    | Trước ngày 26/11/2018               | -          | 2018-11-26
            000 deadline    | Đầu tháng 01/2019                   | 2019-01-01 | 2019-01-10
            000 deadline    | Trước ngày 20/3/2019                | -          | 2019-03-20
            000 deadline    | Trong tháng 4/2019                  | 2019-04-01 | 2019-04-30
            000 deadline    | Trong tháng 5/2019                  | 2019-05-01 | 2019-05-31
            000 deadline    | Trong tháng 6/2019                  | 2019-06-01 | 2019-06-30
            000 deadline    | Kỳ họp tháng 7/2019                 | 2019-07-01 | 2019-07-31
            000 deadline    | trong tháng 8/2019                  | 2019-08-01 | 2019-08-31
            000 task        | Tháng 9-10/2018                     | -          | 2018-10-31
            000 task        | Trước ngày 26/11/2018               | -          | 2018-11-26
            000 phase       | Đầu tháng 01/2019                   | 2019-01-01 | 2019-01-10
            000 task        | Đầu tháng 01/2019                   | -          | 2019-01-10
            000 phase       | Trước ngày 20/3/2019                | -          | 2019-03-20
            000 task        | Trước ngày 20/3/2019                | -          | 2019-03-20
            000 phase       | Trong tháng 4/2019                  | 2019-04-01 | 2019-04-30
            000 task        | Trong tháng 4/2019                  | -          | 2019-04-30
            000 phase       | Trong tháng 5/2019                  | 2019-05-01 | 2019-05-31
            000 task        | Trong tháng 5/2019                  | -          | 2019-05-31
            000 phase       | Trong tháng 6/2019                  | 2019-06-01 | 2019-06-30
            000 task        | Trong tháng 6/2019                  | -          | 2019-06-30
            000 phase       | trong tháng 8/2019                  | 2019-08-01 | 2019-08-31
            000 task        | trong tháng 8/2019                  | -          | 2019-08-31
            004 deadline    | Từ ngày 01/3 đến ngày 31/3/2019     | 2019-03-01 | 2019-03-31
            004 deadline    | Từ ngày 01/4 đến ngày 15/4/2019     | 2019-04-01 | 2019-04-15
            004 deadline    | Từ ngày 16/4 đến ngày 30/4/2019     | 2019-04-16 | 2019-04-30
            004 deadline    | Từ ngày 01/5 đến ngày 31/5/2019     | 2019-05-01 | 2019-05-31
            004 deadline    | Từ ngày 01/6 đến ngày 15/6/2019     | 2019-06-01 | 2019-06-15
            004 deadline    | Từ ngày 16/6 đến ngày 30/6/2019     | 2019-06-16 | 2019-06-30
            004 deadline    | Từ ngày 01/7 đến ngày 31/7/2019     | 2019-07-01 | 2019-07-31
            004 deadline    | Từ ngày 01/8 đến ngày 30/8/2019     | 2019-08-01 | 2019-08-30
            004 deadline    | Từ ngày 01/9 đến ngày 30/9/2019     | 2019-09-01 | 2019-09-30
            004 deadline    | Tháng 10/2019                       | 2019-10-01 | 2019-10-31
            004 phase       | Từ ngày 01/3 đến ngày 31/3/2019     | 2019-03-01 | 2019-03-31
            004 task        | Từ ngày 01/3 đến ngày 31/3/2019     | -          | 2019-03-31
            004 phase       | Từ ngày 01/4 đến ngày 15/4/2019     | 2019-04-01 | 2019-04-15
            004 task        | Từ ngày 01/4 đến ngày 15/4/2019     | -          | 2019-04-15
            004 phase       | Từ ngày 16/4 đến ngày 30/4/2019     | 2019-04-16 | 2019-04-30
            004 task        | Từ ngày 16/4 đến ngày 30/4/2019     | -          | 2019-04-30
            004 phase       | Từ ngày 01/5 đến ngày 31/5/2019     | 2019-05-01 | 2019-05-31
            004 task        | Từ ngày 01/5 đến ngày 31/5/2019     | -          | 2019-05-31
            004 phase       | Từ ngày 01/6 đến ngày 15/6/2019     | 2019-06-01 | 2019-06-15
            004 task        | Từ ngày 01/6 đến ngày 15/6/2019     | -          | 2019-06-15
            004 phase       | Từ ngày 16/6 đến ngày 30/6/2019     | 2019-06-16 | 2019-06-30
            004 task        | Từ ngày 16/6 đến ngày 30/6/2019     | -          | 2019-06-30
            004 phase       | Từ ngày 01/7 đến ngày 31/7/2019     | 2019-07-01 | 2019-07-31
            004 task        | Từ ngày 01/7 đến ngày 31/7/2019     | -          | 2019-07-31
            004 phase       | Từ ngày 01/8 đến ngày 30/8/2019     | 2019-08-01 | 2019-08-30
            004 task        | Từ ngày 01/8 đến ngày 30/8/2019     | -          | 2019-08-30
            004 phase       | Từ ngày 01/9 đến ngày 30/9/2019     | 2019-09-01 | 2019-09-30
            004 task        | Từ ngày 01/9 đến ngày 30/9/2019     | -          | 2019-09-30
            004 phase       | Tháng 10/2019                       | 2019-10-01 | 2019-10-31
            004 task        | Tháng 10/2019                       | -          | 2019-10-31
            """)
    void readsTheDatesOfTheAnnotation(String from, String phrase, LocalDate start, LocalDate endOrDue) {
        LocalDate issued = from.startsWith("004") ? SAMPLE_004_ISSUED : null;
        TimeExpression e = parser.parse(phrase, issued, null);
        if (from.endsWith("task")) {
            assertEquals(endOrDue, e.due(), "due of " + phrase);
        } else {
            assertAll(phrase,
                    () -> assertEquals(start, e.start(), "start"),
                    () -> assertEquals(endOrDue, e.end(), "end"),
                    () -> assertEquals(endOrDue, e.due(), "due"));
        }
    }
}

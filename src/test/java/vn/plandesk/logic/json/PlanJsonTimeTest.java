package vn.plandesk.logic.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Recurrence;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;

/** How time phrases are read (see TimeJson), with a stand-in parser that knows a few phrases. */
class PlanJsonTimeTest {

    private static final LocalDate ISSUED = LocalDate.of(2019, 2, 25);
    private static final Map<String, TimeExpression> KNOWN = Map.of(
            "Tháng 9-10/2018", TimeExpression.of("Tháng 9-10/2018", TimeKind.RANGE, LocalDate.of(2018, 9, 1), LocalDate.of(2018, 10, 31)),
            "Đầu tháng 01/2019", TimeExpression.of("Đầu tháng 01/2019", TimeKind.PART_OF_MONTH, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 10)),
            "hằng tháng", new TimeExpression("hằng tháng", TimeKind.RECURRING, null, null,
                    Recurrence.every(Recurrence.Period.MONTHLY), Set.of()));

    private final List<String> calls = new ArrayList<>();
    private final PlanJson json = new PlanJson((words, issuedOn, year) -> {
        calls.add(words + " | " + issuedOn + " | " + year);
        return KNOWN.getOrDefault(words, TimeExpression.unresolved(words));
    }, PlanJson.MAX_SIZE);

    private TimeExpression taskTime(String task) throws PlanJsonException {
        String text = "{'title': 'x', 'issued_on': '2019-02-25', 'phases': [{'title': 'a', 'tasks': [" + task + "]}]}";
        return json.read(text.replace('\'', '"')).allTasks().get(0).deadline();
    }

    private TimeExpression phaseTime(String phaseKeys) throws PlanJsonException {
        String text = "{'title': 'x', 'issued_on': '2019-02-25', 'phases': [{'title': 'a', " + phaseKeys + "}]}";
        return json.read(text.replace('\'', '"')).phases().get(0).span();
    }

    @Test
    void nothingGivenIsNoTimeAndAsksNoParser() throws Exception {
        assertTrue(taskTime("{'content': 'b', 'phrase': null, 'due': null}").isNone());
        assertTrue(phaseTime("'phrase': null, 'start': null, 'end': null").isNone());
        assertTrue(calls.isEmpty());
    }

    @Test
    void phraseWithoutDatesIsReadByTheParserInThePlanYear() throws Exception {
        assertEquals(KNOWN.get("Tháng 9-10/2018"), taskTime("{'content': 'b', 'phrase': 'Tháng 9-10/2018', 'due': null}"));
        assertEquals(List.of("Tháng 9-10/2018 | " + ISSUED + " | 2019"), calls);
        assertEquals(KNOWN.get("Đầu tháng 01/2019"), phaseTime("'phrase': 'Đầu tháng 01/2019'"));
    }

    @Test
    void parserThatReadsTheSameDatesGivesTheKindAndTheMissingStart() throws Exception {
        TimeExpression time = taskTime("{'content': 'b', 'phrase': 'Tháng 9-10/2018', 'due': '2018-10-31'}");
        assertEquals(KNOWN.get("Tháng 9-10/2018"), time);
        assertEquals(TimeKind.PART_OF_MONTH,
                phaseTime("'phrase': 'Đầu tháng 01/2019', 'start': '2019-01-01', 'end': '2019-01-10'").kind());
    }

    @Test
    void datesInTheFileWinOverTheParser() throws Exception {
        // An annotator reading "Tháng 9-10/2018" as due in September: the file's date is kept.
        TimeExpression task = taskTime("{'content': 'b', 'phrase': 'Tháng 9-10/2018', 'due': '2018-09-30'}");
        assertEquals(TimeExpression.of("Tháng 9-10/2018", TimeKind.BY, null, LocalDate.of(2018, 9, 30)), task);
        // A start written as null is a given too: the parser's start does not replace it.
        TimeExpression phase = phaseTime("'phrase': 'Đầu tháng 01/2019', 'start': null, 'end': '2019-01-10'");
        assertEquals(TimeExpression.of("Đầu tháng 01/2019", TimeKind.BY, null, LocalDate.of(2019, 1, 10)), phase);
    }

    @Test
    void kindIsInferredFromTheDatesWhenTheParserCannotTell() throws Exception {
        assertEquals(TimeKind.BEFORE, phaseTime("'phrase': 'Trước ngày 20/3/2019', 'start': null, 'end': '2019-03-20'").kind());
        assertEquals(TimeKind.BEFORE, phaseTime("'phrase': 'TRUOC NGAY 20/3/2019', 'end': '2019-03-20'").kind());
        assertEquals(TimeKind.BY, phaseTime("'phrase': 'Tháng 10/2019', 'end': '2019-10-31'").kind());
        assertEquals(TimeKind.RANGE, phaseTime("'phrase': 'Từ ngày 01/3 đến ngày 31/3/2019', 'start': '2019-03-01', 'end': '2019-03-31'").kind());
        assertEquals(TimeKind.DAY, phaseTime("'phrase': 'Ngày 05/7/2019', 'start': '2019-07-05', 'end': '2019-07-05'").kind());
        assertEquals(TimeKind.OPEN, phaseTime("'phrase': 'Từ năm 2019', 'start': '2019-01-01', 'end': null").kind());
        TimeExpression noWords = phaseTime("'start': '2019-03-01', 'end': '2019-03-31'");
        assertEquals(TimeExpression.of(null, TimeKind.RANGE, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31)), noWords);
    }

    @Test
    void writtenKindIsTrustedWithoutTheParser() throws Exception {
        TimeExpression time = taskTime("{'content': 'b', 'phrase': 'Tháng 9-10/2018', 'due': '2018-10-31',"
                + " 'deadline_start': '2018-09-15', 'kind': 'range', 'flags': ['year_assumed', 'no_such_flag']}");
        assertEquals(new TimeExpression("Tháng 9-10/2018", TimeKind.RANGE, LocalDate.of(2018, 9, 15), LocalDate.of(2018, 10, 31),
                null, Set.of(TimeExpression.Flag.YEAR_ASSUMED)), time);
        TimeExpression continuous = taskTime("{'content': 'b', 'phrase': 'Thường xuyên', 'kind': 'continuous'}");
        assertEquals(TimeExpression.of("Thường xuyên", TimeKind.CONTINUOUS, null, null), continuous);
        assertTrue(calls.isEmpty());
    }

    @Test
    void writtenKindThatNeedsDatesWithoutThemIsReadAgain() throws Exception {
        assertEquals(KNOWN.get("Tháng 9-10/2018"), taskTime("{'content': 'b', 'phrase': 'Tháng 9-10/2018', 'kind': 'range'}"));
        assertEquals(1, calls.size());
    }

    @Test
    void recurrenceIsReadWithItsRule() throws Exception {
        TimeExpression time = taskTime("{'content': 'b', 'phrase': 'Trước ngày 20 hằng tháng', 'kind': 'recurring',"
                + " 'recurrence': {'period': 'monthly', 'day': 20, 'month': null}}");
        assertEquals(new Recurrence(Recurrence.Period.MONTHLY, 20, null), time.recurrence());
        assertNull(time.due());
    }

    @Test
    void unknownKindIsIgnoredLikeAnUnknownKey() throws Exception {
        assertEquals(TimeKind.BY, phaseTime("'phrase': 'Tháng 10/2019', 'end': '2019-10-31', 'kind': 'sometime'").kind());
    }
}

package vn.plandesk.logic.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;

/** Reading rules of plan-json.md: lenient with what it does not know, firm with what is not a plan. */
class PlanJsonReadTest {

    private final PlanJson json = new PlanJson(Samples.NO_PARSER, PlanJson.MAX_SIZE);

    /** A plan file with one phase around the given task, written with ' for " to keep tests short. */
    private static String planWithTask(String task) {
        return ("{'title': 'Kế hoạch thử', 'issued_on': '2019-02-25', 'phases': [{'title': 'Bước 1', 'tasks': [" + task + "]}]}")
                .replace('\'', '"');
    }

    private PlanJsonException refused(String text) {
        return assertThrows(PlanJsonException.class, () -> json.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ not json", "{\"title\": \"x\",}", "{\"title\": \"x\"} trailing", "Kế hoạch số 25"})
    void textThatIsNotJsonIsRefused(String text) {
        assertEquals("json.notJson", refused(text).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t"})
    void emptyTextIsRefused(String text) {
        assertEquals("json.empty", refused(text).key());
    }

    @Test
    void emptyFileIsRefused(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.json"));
        assertEquals("json.empty", assertThrows(PlanJsonException.class, () -> json.read(empty)).key());
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        PlanJsonException e = assertThrows(PlanJsonException.class, () -> json.read(dir.resolve("missing.json")));
        assertEquals("json.fileError", e.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"title\": \"x\"}]", "\"Kế hoạch\"", "25", "null"})
    void jsonThatIsNotAnObjectIsNotAPlan(String text) {
        assertEquals("json.notAPlan", refused(text).key());
    }

    @Test
    void phasesThatAreNotAListAreRefused() {
        PlanJsonException e = refused("{\"title\": \"x\", \"phases\": {\"title\": \"Bước 1\"}}");
        assertEquals("json.notAList", e.key());
        assertEquals(List.of("phases"), e.args());
        assertEquals(List.of("phases[0].tasks"), refused("{\"title\": \"x\", \"phases\": [{\"title\": \"y\", \"tasks\": 3}]}").args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"number\": \"25/KH-KHCN\"}", "{\"title\": null}", "{\"title\": \"  \"}"})
    void planWithoutTitleIsRefused(String text) {
        assertEquals("json.missingTitle", refused(text).key());
    }

    @Test
    void impossibleDateIsRefusedWithItsPath() {
        PlanJsonException e = refused(planWithTask("{'content': 'a', 'phrase': 'x', 'due': '2019-02-30'}"));
        assertEquals("json.badDate", e.key());
        assertEquals(List.of("phases[0].tasks[0].due", "2019-02-30"), e.args());
    }

    @Test
    void dateNotWrittenIsoIsRefused() {
        PlanJsonException e = refused("{\"title\": \"x\", \"issued_on\": \"25/02/2019\"}");
        assertEquals("json.badDate", e.key());
        assertEquals(List.of("issued_on", "25/02/2019"), e.args());
        assertEquals("json.badDate", refused("{\"title\": \"x\", \"issued_on\": 20190225}").key());
    }

    @Test
    void taskWithoutContentIsRefusedWithItsPath() {
        PlanJsonException e = refused(planWithTask("{'phrase': 'Tháng 10/2019'}"));
        assertEquals("json.missingField", e.key());
        assertEquals(List.of("phases[0].tasks[0].content"), e.args());
    }

    @Test
    void wrongValuesAreRefusedWithTheirPath() {
        assertEquals(List.of("phases[0].tasks[0].percent_done", "140"),
                refused(planWithTask("{'content': 'a', 'percent_done': 140}")).args());
        assertEquals("json.badValue", refused(planWithTask("{'content': {'text': 'a'}}")).key());
        assertEquals("json.badValue", refused("{\"title\": \"x\", \"phases\": [\"Bước 1\"]}").key());
        String nested = "{'title': 'x', 'phases': [{'title': 'a', 'sub_phases': [{'title': 'b', 'sub_phases': [{'title': 'c'}]}]}]}";
        PlanJsonException tooDeep = refused(nested.replace('\'', '"'));
        assertEquals("json.badValue", tooDeep.key());
        assertEquals("phases[0].sub_phases[0].sub_phases", tooDeep.args().get(0));
    }

    @Test
    void timeEndingBeforeItStartsIsRefused() {
        String text = "{'title': 'x', 'phases': [{'title': 'a', 'phrase': 'Từ 01/5 đến 01/4/2019', 'start': '2019-05-01', 'end': '2019-04-01'}]}";
        PlanJsonException e = refused(text.replace('\'', '"'));
        assertEquals("json.badTime", e.key());
        assertEquals(List.of("phases[0]", "Từ 01/5 đến 01/4/2019"), e.args());
    }

    @Test
    void unknownKeysAreIgnored() throws Exception {
        String plain = planWithTask("{'content': 'Lấy ý kiến', 'due': '2019-03-31', 'lead': ['Sở Tư pháp']}");
        String extra = ("{'title': 'Kế hoạch thử', 'issued_on': '2019-02-25', 'scorer': {'version': 3}, 'tags': [1, 2],"
                + " 'phases': [{'title': 'Bước 1', 'colour': 'red', 'tasks': [{'content': 'Lấy ý kiến', 'due': '2019-03-31',"
                + " 'lead': ['Sở Tư pháp'], 'priority': 'high', 'status': 'late'}]}]}").replace('\'', '"');
        assertEquals(json.read(plain), json.read(extra));
    }

    @Test
    void phaseWithoutTasksKeyHasNoTasks() throws Exception {
        Plan plan = json.read("{\"title\": \"x\", \"phases\": [{\"title\": \"Tổ chức thực hiện\"}]}");
        assertEquals(1, plan.phases().size());
        assertTrue(plan.phases().get(0).tasks().isEmpty());
    }

    @Test
    void planWithTitleOnlyHasNothingElse() throws Exception {
        Plan expected = new Plan(null, 0, null, null, null, null, null, null, "Kế hoạch thử", null, null, null, null,
                null, null, null, null, null, null);
        assertEquals(expected, json.read("{\"title\": \"Kế hoạch thử\"}"));
    }

    @Test
    void decomposedTextIsStoredComposed() throws Exception {
        String decomposed = Normalizer.normalize(planWithTask(
                "{'content': 'Ủy ban nhân dân tỉnh chỉ đạo', 'phrase': 'Trước ngày 26/11/2018', 'due': '2018-11-26',"
                        + " 'lead': ['Đài Phát thanh và Truyền hình tỉnh'], 'support': ['Sở Tài chính']}"), Normalizer.Form.NFD);
        Plan plan = json.read(decomposed);
        Task task = plan.allTasks().get(0);
        assertEquals("Kế hoạch thử", plan.subject());
        assertEquals("Ủy ban nhân dân tỉnh chỉ đạo", task.content());
        assertEquals("Trước ngày 26/11/2018", task.deadline().raw());
        assertEquals("Đài Phát thanh và Truyền hình tỉnh", task.lead().get(0).name());
        assertEquals("Sở Tài chính", task.support().get(0).name());
        assertTrue(Normalizer.isNormalized(json.write(plan), Normalizer.Form.NFC));
    }

    @Test
    void unitListNameMatchesTaskUnitsWhateverItsAccents() throws Exception {
        String text = ("{'title': 'x', 'units': ['Van phong So', 'Uỷ ban nhân dân tỉnh', 'Tổ biên tập'],"
                + " 'phases': [{'title': 'a', 'focal_unit': 'Ủy ban nhân dân tỉnh', 'tasks': [{'content': 'b', 'lead': ['Văn phòng Sở']}]}]}")
                .replace('\'', '"');
        assertEquals(List.of("Tổ biên tập"), json.read(text).participants().stream().map(u -> u.name()).toList());
    }

    @Test
    void byteOrderMarkIsSkipped() throws Exception {
        assertEquals("Kế hoạch thử", json.read("\uFEFF{\"title\": \"Kế hoạch thử\"}").subject());
        byte[] utf8 = "\uFEFF{\"title\": \"Kế hoạch thử\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("Kế hoạch thử", json.read(new ByteArrayInputStream(utf8)).subject());
    }

    @Test
    void fileOverTheLimitIsRefused(@TempDir Path dir) throws Exception {
        PlanJson small = new PlanJson(Samples.NO_PARSER, 1000);
        String big = "{\"title\": \"x\", \"notes\": \"" + "a".repeat(2000) + "\"}";
        Path file = Files.writeString(dir.resolve("big.json"), big);
        assertEquals("json.tooLarge", assertThrows(PlanJsonException.class, () -> small.read(file)).key());
        assertEquals("json.tooLarge", assertThrows(PlanJsonException.class, () -> small.read(big)).key());
        assertEquals("Kế hoạch thử", small.read("{\"title\": \"Kế hoạch thử\"}").subject());
    }

    @Test
    void streamOverFiftyMegabytesIsRefusedWithoutReadingItAll() {
        // An object that never ends: spaces produced on demand, so the test needs no memory.
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return served[0]++ == 0 ? '{' : ' ';
            }
        };
        PlanJsonException e = assertThrows(PlanJsonException.class, () -> new PlanJson().read(endless));
        assertEquals("json.tooLarge", e.key());
        assertEquals(List.of(50L), e.args());
        assertTrue(served[0] < 51L * 1024 * 1024, "read " + served[0] + " bytes");
    }

    /**
     * NEEDS THE REAL TimeExpressionParser (logic.time, merged separately): fails against the
     * temporary stand-in, which understands no phrase. A task with a phrase and no dates gets them
     * from the parser.
     */
    @Test
    void phraseOnlyTaskGetsItsDatesFromTheRealParser() throws Exception {
        Plan plan = new PlanJson().read(planWithTask("{'content': 'Trình phê duyệt đề cương', 'phrase': 'Trước ngày 26/11/2018'}"));
        assertEquals(LocalDate.of(2018, 11, 26), plan.allTasks().get(0).deadline().due());
    }
}

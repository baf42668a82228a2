package vn.plandesk.logic.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;

/** The two sample annotations read, checked against their text, written back and read again. */
class PlanJsonSamplesTest {

    private final PlanJson json = new PlanJson(Samples.NO_PARSER, PlanJson.MAX_SIZE);

    private Plan read(String name) throws PlanJsonException {
        return json.read(Samples.path(name));
    }

    private static List<String> names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).toList();
    }

    @Test
    void plan000HasItsHeader() throws Exception {
        Plan plan = read(Samples.PLAN_000);
        assertEquals(DocumentType.KE_HOACH, plan.type());
        assertNull(plan.numberAndSymbol());
        assertNull(plan.issuedOn());
        assertNull(plan.place());
        assertEquals("Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn", plan.issuer());
        assertEquals("Thực hiện xây dựng Đề án phát triển doanh nghiệp tỉnh Lạng Sơn đến năm 2025", plan.subject());
        assertEquals("000_c35e675f79bbd5c5.txt", plan.source());
        assertNull(plan.signer().authority());
        assertEquals("GIÁM ĐỐC", plan.signer().position());
        assertEquals("Nguyễn Hữu Chiến", plan.signer().name());
        assertTrue(plan.notes().startsWith("Header: the text has no number"));
    }

    @Test
    void plan000HasNinePhasesAndNineteenTasks() throws Exception {
        Plan plan = read(Samples.PLAN_000);
        assertEquals(9, plan.phases().size());
        assertEquals(19, plan.taskCount());
        assertEquals(List.of(2, 1, 1, 3, 2, 3, 1, 4, 2), plan.phases().stream().map(p -> p.tasks().size()).toList());
        assertEquals("Chỉ đạo thực hiện", plan.phases().get(8).title());
    }

    @Test
    void plan000TasksKeepContentDatesAndUnits() throws Exception {
        Plan plan = read(Samples.PLAN_000);
        Task submit = plan.phases().get(0).tasks().get(1);
        assertEquals("Trình phê duyệt đề cương, dự toán Đề án.", submit.content());
        assertEquals("Trước ngày 26/11/2018", submit.deadline().raw());
        assertEquals(LocalDate.of(2018, 11, 26), submit.deadline().due());
        assertTrue(submit.lead().isEmpty());

        Phase beforeMarch = plan.phases().get(2);
        assertEquals("Trước ngày 20/3/2019", beforeMarch.span().raw());
        assertNull(beforeMarch.span().start());
        assertEquals(LocalDate.of(2019, 3, 20), beforeMarch.span().end());

        Task vouchers = plan.phases().get(7).tasks().get(3);
        assertEquals(List.of("Tổ chuyên viên giúp việc"), names(vouchers.lead()));
        assertEquals(List.of("Văn phòng Sở"), names(vouchers.support()));
        assertTrue(vouchers.deadline().isNone());

        Phase undated = plan.phases().get(0);
        assertTrue(undated.span().isNone());
    }

    @Test
    void plan000RecipientsKeepTheirOrderAndTheArchiveLine() throws Exception {
        List<Recipient> recipients = read(Samples.PLAN_000).recipients();
        assertEquals(List.of("UBND tỉnh (b/c)", "Các thành viên Tổ chuyên viên", "Lãnh đạo Sở", "Các phòng: THQH, ĐKKD, VP",
                "Lưu: VT, DNKTTT&TN"), recipients.stream().map(Recipient::line).toList());
        assertEquals(new Recipient("UBND tỉnh", "b/c", false), recipients.get(0));
        assertEquals(new Recipient("VT, DNKTTT&TN", null, true), recipients.get(4));
    }

    @Test
    void plan000KeepsItsListedDeadlinesAndHasNoParticipants() throws Exception {
        Plan plan = read(Samples.PLAN_000);
        assertEquals(9, plan.sourceDeadlines().size());
        var meeting = plan.sourceDeadlines().get(7);
        assertEquals("Kỳ họp tháng 7/2019", meeting.raw());
        assertEquals(LocalDate.of(2019, 7, 1), meeting.start());
        assertEquals(LocalDate.of(2019, 7, 31), meeting.end());
        assertTrue(plan.participants().isEmpty());
        assertEquals(List.of("Tổ chuyên viên giúp việc", "Văn phòng Sở", "Giám đốc sở", "Phó Giám đốc sở Phùng Thị Thanh Nga"),
                names(plan.involvedUnits()));
    }

    @Test
    void plan004HasItsHeader() throws Exception {
        Plan plan = read(Samples.PLAN_004);
        assertEquals("25/KH-KHCN", plan.numberAndSymbol());
        assertEquals(LocalDate.of(2019, 2, 25), plan.issuedOn());
        assertEquals("Bắc Giang", plan.place());
        assertTrue(plan.subject().startsWith("Tham mưu xây dựng văn bản quy phạm pháp luật về quy định “Hỗ trợ"));
        assertEquals(Authority.KT, plan.signer().authority());
        assertEquals("PHÓ GIÁM ĐỐC", plan.signer().position());
        assertEquals("Nguyễn Phúc Thương", plan.signer().name());
    }

    @Test
    void plan004HasElevenPhasesAndTwentyTwoTasks() throws Exception {
        Plan plan = read(Samples.PLAN_004);
        assertEquals(11, plan.phases().size());
        assertEquals(22, plan.taskCount());
        Phase october = plan.phases().get(9);
        assertEquals("Trình kỳ họp UBND tỉnh", october.title());
        assertEquals(LocalDate.of(2019, 10, 1), october.span().start());
        assertEquals(LocalDate.of(2019, 10, 31), october.span().end());
    }

    @Test
    void plan004TasksKeepContentDatesAndUnits() throws Exception {
        Plan plan = read(Samples.PLAN_004);
        Task appraisal = plan.phases().get(4).tasks().get(0);
        assertEquals("Lấy ý kiến thẩm định của Sở Tư pháp", appraisal.content());
        assertEquals(LocalDate.of(2019, 6, 15), appraisal.deadline().due());
        // Step 9 ends on 30 August as written, not on the month's last day.
        assertEquals(LocalDate.of(2019, 8, 30), plan.phases().get(7).tasks().get(1).deadline().due());

        Task office = plan.phases().get(10).tasks().get(3);
        assertEquals(List.of("Văn phòng Sở", "Các phòng, đơn vị"), names(office.lead()));
        Task technology = plan.phases().get(10).tasks().get(1);
        assertEquals(List.of("Phòng Quản lý công nghệ và Thị trường công nghệ"), names(technology.lead()));
        assertEquals(List.of("Các phòng, đơn vị"), names(technology.support()));
    }

    @Test
    void plan004RecipientsStartWithTheArchiveLine() throws Exception {
        List<Recipient> recipients = read(Samples.PLAN_004).recipients();
        assertEquals(6, recipients.size());
        assertEquals(new Recipient("VT, QLCN", null, true), recipients.get(0));
        assertEquals(new Recipient("PCT UBND tỉnh Dương Văn Thái", "b/cáo", false), recipients.get(1));
        assertEquals("khanhtq@bacgiang.gov.vn", recipients.get(2).line());
        assertFalse(recipients.get(5).archive());
    }

    @Test
    void plan004UnitsNamedOnlyInTheUnitListBecomeParticipants() throws Exception {
        Plan plan = read(Samples.PLAN_004);
        assertEquals(List.of("Trưởng phòng Quản lý Công nghệ và Thị trường công nghệ - Tổ trưởng",
                "Trưởng phòng Kế hoạch Tài chính - Tổ viên",
                "Phó trưởng phòng Quản lý Công nghệ và Thị trường công nghệ - Thư ký"), names(plan.participants()));
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.PLAN_000, Samples.PLAN_004})
    void writtenAndReadAgainGivesTheSamePlan(String name) throws Exception {
        Plan plan = read(name);
        assertEquals(plan, json.read(json.write(plan)));
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.PLAN_000, Samples.PLAN_004})
    void readingTheStreamOrThePathGivesTheSamePlan(String name) throws Exception {
        try (InputStream in = Files.newInputStream(Samples.path(name))) {
            assertEquals(read(name), json.read(in));
        }
    }

    /** The keys of plan-json.md that the annotation and our file must agree on. */
    @ParameterizedTest
    @ValueSource(strings = {Samples.PLAN_000, Samples.PLAN_004})
    void writtenFileHasTheSampleKeysAndValues(String name) throws Exception {
        JsonNode original = Samples.tree(name);
        JsonNode written = Samples.parse(json.write(read(name)));
        for (String key : List.of("source", "doc_type", "number", "issuer", "place", "issued_on", "title", "signer",
                "recipients", "notes")) {
            assertEquals(original.get(key), written.get(key), key);
        }
        assertEquals(keep(original.get("deadlines"), "phrase", "start", "end"),
                keep(written.get("deadlines"), "phrase", "start", "end"));
        assertEquals(phases(original.get("phases")), phases(written.get("phases")));
        // units come out participants first (Plan.involvedUnits), so 004's order differs: compare the names.
        assertEquals(textSet(original.get("units")), textSet(written.get("units")));
        assertEquals(original.get("units").size(), written.get("units").size());
    }

    /** The phases and their tasks with only the keys of plan-json.md; our own keys left out. */
    private static ArrayNode phases(JsonNode phases) {
        ArrayNode result = keep(phases, "title", "phrase", "start", "end");
        for (int i = 0; i < phases.size(); i++) {
            ((ObjectNode) result.get(i)).set("tasks", keep(phases.get(i).get("tasks"), "content", "phrase", "due", "lead", "support"));
        }
        return result;
    }

    private static ArrayNode keep(JsonNode list, String... keys) {
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : list) {
            ObjectNode kept = result.addObject();
            for (String key : keys) {
                kept.set(key, item.get(key));
            }
        }
        return result;
    }

    private static Set<String> textSet(JsonNode list) {
        Set<String> texts = new HashSet<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @Test
    void samplesDoNotDependOnTheTimeParserForTheirDates() throws IOException, PlanJsonException {
        // The dates come from the file: a parser that understands nothing changes none of them.
        Plan withoutParser = read(Samples.PLAN_004);
        Plan withParser = new PlanJson().read(Samples.path(Samples.PLAN_004));
        assertEquals(withoutParser.allTasks().stream().map(t -> t.deadline().due()).toList(),
                withParser.allTasks().stream().map(t -> t.deadline().due()).toList());
    }
}

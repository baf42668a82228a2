package vn.plandesk.logic.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Recurrence;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Task;
import vn.plandesk.model.TextSection;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

/** Writing: the sample layout, every field of ours, and a round trip that loses nothing. */
class PlanJsonWriteTest {

    private final PlanJson json = new PlanJson(Samples.NO_PARSER, PlanJson.MAX_SIZE);

    private static final TimeExpression MARCH = TimeExpression.of("Từ ngày 01/3 đến ngày 31/3/2019", TimeKind.RANGE,
            LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));
    private static final TimeExpression BEFORE_APRIL = TimeExpression.of("Trước ngày 15/4/2019", TimeKind.BEFORE,
            null, LocalDate.of(2019, 4, 15));

    /** A plan using every field the file can hold. */
    private static Plan fullPlan() {
        Task report = new Task(null, "a", "Báo cáo kết quả thực hiện", new TimeExpression("Trước ngày 20 hằng tháng",
                TimeKind.RECURRING, null, null, new Recurrence(Recurrence.Period.MONTHLY, 20, null), Set.of()),
                null, null, List.of(UnitRef.named("Sở Tài chính")), List.of(), 0, null, null, List.of());
        Task draft = new Task(null, "1.1", "Xây dựng dự thảo Quy định", BEFORE_APRIL.withFlag(TimeExpression.Flag.YEAR_ASSUMED),
                LocalDate.of(2019, 3, 20), "Dự thảo Quy định", List.of(UnitRef.named("Phòng Quản lý công nghệ")),
                List.of(UnitRef.named("Sở Tư pháp"), UnitRef.named("Ban Dân tộc")), 60, LocalDate.of(2019, 4, 20),
                "Chậm do chờ ý kiến", List.of(new Extension(TimeExpression.of("đến ngày 30/4/2019", TimeKind.BY, null,
                LocalDate.of(2019, 4, 30)), LocalDate.of(2019, 4, 10), "Chờ ý kiến Sở Tư pháp")));
        Phase sub = new Phase(null, "1.1", "Dự thảo", BEFORE_APRIL, null, null, List.of(draft), List.of());
        Phase first = new Phase(null, "1", "Chuẩn bị", MARCH, "≥ 7,9 điểm", UnitRef.named("Ủy ban nhân dân tỉnh"),
                List.of(Task.of("Thành lập Tổ biên tập", MARCH)), List.of(sub));
        Phase second = new Phase(null, "2", "Tổ chức thực hiện", null, null, null, List.of(report), List.of());
        return new Plan(null, 0, DocumentType.DE_AN, "25/ĐA-UBND", "TỈNH ỦY BẮC GIANG", "Ủy ban nhân dân tỉnh Bắc Giang",
                "Bắc Giang", LocalDate.of(2019, 2, 25), "Đề án hỗ trợ doanh nghiệp", List.of("Luật Ngân sách nhà nước năm 2015"),
                List.of(new TextSection("Mục đích", "Hỗ trợ doanh nghiệp.\nĐổi mới công nghệ.")), List.of(first, second),
                new Signer(Authority.TM, "ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Văn A"),
                List.of(Recipient.parse("UBND tỉnh (b/c)"), Recipient.parse("Lưu: VT, KT")), PlanStatus.ISSUED, "PlanDesk",
                "Ghi chú", List.of(UnitRef.named("Đài Phát thanh và Truyền hình tỉnh")), List.of());
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws Exception {
        Plan plan = fullPlan();
        assertEquals(plan, json.read(json.write(plan)));
    }

    @Test
    void keysComeInTheOrderOfTheSamples() throws Exception {
        JsonNode written = Samples.parse(json.write(fullPlan()));
        List<String> keys = new ArrayList<>();
        written.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("source", "doc_type", "status", "number", "governing_body", "issuer", "place", "issued_on",
                "title", "legal_bases", "sections", "signer", "recipients", "phases", "deadlines", "units", "notes"), keys);
        List<String> taskKeys = new ArrayList<>();
        written.at("/phases/0/sub_phases/0/tasks/0").fieldNames().forEachRemaining(taskKeys::add);
        assertEquals(List.of("label", "content", "phrase", "due", "kind", "flags", "lead", "support", "start",
                "deliverable", "percent_done", "completed_on", "notes", "extensions"), taskKeys);
    }

    @Test
    void valuesAreWrittenAsThePlanFormatSays() throws Exception {
        JsonNode written = Samples.parse(json.write(fullPlan()));
        assertEquals("ĐA", written.get("doc_type").asText());
        assertEquals("issued", written.get("status").asText());
        assertEquals("TM.", written.at("/signer/authority").asText());
        assertEquals("Lưu: VT, KT", written.at("/recipients/1").asText());
        assertEquals("2019-03-01", written.at("/phases/0/start").asText());
        assertEquals("range", written.at("/phases/0/kind").asText());
        assertEquals("Ủy ban nhân dân tỉnh", written.at("/phases/0/focal_unit").asText());
        assertEquals("2019-04-15", written.at("/phases/0/sub_phases/0/tasks/0/due").asText());
        assertEquals("year_assumed", written.at("/phases/0/sub_phases/0/tasks/0/flags/0").asText());
        assertEquals("2019-04-30", written.at("/phases/0/sub_phases/0/tasks/0/extensions/0/end").asText());
        assertEquals("monthly", written.at("/phases/1/tasks/0/recurrence/period").asText());
        assertTrue(written.at("/phases/1/phrase").isNull());
        assertFalse(written.at("/phases/1").has("kind"));
    }

    @Test
    void deadlinesOfAPlanWithoutSourceListAreItsDatedTimesInDocumentOrder() throws Exception {
        Plan plan = fullPlan();
        JsonNode deadlines = Samples.parse(json.write(plan)).get("deadlines");
        List<String> phrases = new ArrayList<>();
        deadlines.forEach(d -> phrases.add(d.get("phrase").asText()));
        // Phase 1, its task, sub-phase 1.1, its task; the monthly report has no date.
        assertEquals(List.of(MARCH.raw(), MARCH.raw(), BEFORE_APRIL.raw(), BEFORE_APRIL.raw()), phrases);
        assertTrue(json.read(json.write(plan)).sourceDeadlines().isEmpty());
    }

    @Test
    void sourceDeadlinesAreWrittenAsListed() throws Exception {
        TimeExpression meeting = TimeExpression.of("Kỳ họp tháng 7/2019", TimeKind.MONTH, LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 31));
        Plan plan = fullPlan();
        plan = new Plan(null, 0, plan.type(), plan.numberAndSymbol(), plan.governingBody(), plan.issuer(), plan.place(),
                plan.issuedOn(), plan.subject(), plan.legalBases(), plan.sections(), plan.phases(), plan.signer(),
                plan.recipients(), plan.status(), plan.source(), plan.notes(), plan.participants(), List.of(meeting));
        JsonNode deadlines = Samples.parse(json.write(plan)).get("deadlines");
        assertEquals(1, deadlines.size());
        assertEquals("2019-07-31", deadlines.at("/0/end").asText());
        assertEquals(plan, json.read(json.write(plan)));
    }

    @Test
    void unitsAreParticipantsThenFocalUnitsThenTaskUnits() throws Exception {
        JsonNode units = Samples.parse(json.write(fullPlan())).get("units");
        List<String> names = new ArrayList<>();
        units.forEach(u -> names.add(u.asText()));
        assertEquals(List.of("Đài Phát thanh và Truyền hình tỉnh", "Ủy ban nhân dân tỉnh", "Phòng Quản lý công nghệ",
                "Sở Tư pháp", "Ban Dân tộc", "Sở Tài chính"), names);
    }

    @Test
    void textIsRealUtf8WithoutEscapes() throws Exception {
        String text = json.write(fullPlan());
        assertTrue(text.contains("\"title\": \"Đề án hỗ trợ doanh nghiệp\""), text);
        assertFalse(text.contains("\\u"), "no \\u escapes");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.write(fullPlan(), bytes);
        assertEquals(text, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void layoutIsThatOfTheSamples() {
        String text = json.write(Plan.draft(DocumentType.KE_HOACH, "Kế hoạch thử"));
        assertTrue(text.startsWith("{\n  \"source\": \"PlanDesk\",\n  \"doc_type\": \"KH\",\n"), text);
        assertTrue(text.contains("\n  \"recipients\": [],\n"), text);
        assertTrue(text.endsWith("\n  \"notes\": null\n}\n"), text);
    }

    @Test
    void writerIsLeftOpen() throws Exception {
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("the caller closes its writer");
            }
        };
        json.write(fullPlan(), out);
        out.write("more");
        assertTrue(out.toString().endsWith("}\nmore"));
    }
}

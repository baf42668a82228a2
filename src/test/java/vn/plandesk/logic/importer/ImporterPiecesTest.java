package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.export.ical.IcsWriter;
import vn.plandesk.logic.importer.source.LegacyEncoding;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Unit;

/** Legacy encodings on real words, unit matching, pasted text and the calendar file. */
class ImporterPiecesTest {

    @Test
    void tcvn3AndVniBecomeUnicode() {
        assertEquals("Ninh Bình", LegacyEncoding.TCVN3.toUnicode("Ninh B×nh"));
        assertEquals("Bảo Thắng", LegacyEncoding.TCVN3.toUnicode("B¶o Th¾ng"));
        assertEquals("Sở Kế hoạch và Đầu tư", LegacyEncoding.TCVN3.toUnicode("Së KÕ ho¹ch vµ §Çu t\u00ad"));
        assertEquals("Xin chào", LegacyEncoding.VNI.toUnicode("Xin chaøo"));
        assertEquals("Sở Tài chính tỉnh Đồng Tháp", LegacyEncoding.VNI.toUnicode("Sôû Taøi chính tænh Ñoàng Thaùp"));
        assertEquals("ƯỚC TÍNH", LegacyEncoding.VNI.toUnicode("ÖÔÙC TÍNH"));
        assertEquals(LegacyEncoding.TCVN3, LegacyEncoding.ofFont(".VnTime"));
        assertEquals(LegacyEncoding.VNI, LegacyEncoding.ofFont("VNI-Times"));
        assertNull(LegacyEncoding.ofFont("Times New Roman"));
        assertEquals(LegacyEncoding.TCVN3, LegacyEncoding.guess("KÕ ho¹ch triÓn khai nhiÖm vô n¨m 2024 cña Së Tµi chÝnh"));
        assertNull(LegacyEncoding.guess("Kế hoạch triển khai nhiệm vụ năm 2024 của Sở Tài chính"));
    }

    @Test
    void unitsMatchTheDirectoryIgnoringAccentsAbbreviationsAndSmallMistakes() {
        UnitMatcher matcher = new UnitMatcher(List.of(Unit.named("Sở Kế hoạch và Đầu tư"), Unit.named("Ủy ban nhân dân tỉnh"),
                Unit.named("Sở Tài nguyên và Môi trường")));
        assertEquals("Sở Kế hoạch và Đầu tư", matcher.match("So Ke hoach va Dau tu").fullName());
        assertEquals("Sở Kế hoạch và Đầu tư", matcher.match("Sở KH&ĐT").fullName());
        assertEquals("Ủy ban nhân dân tỉnh", matcher.match("UBND tỉnh").fullName());
        assertEquals("Sở Tài nguyên và Môi trường", matcher.match("Sở Tài nguyên và Môi trưòng").fullName());
        assertNull(matcher.match("Sở Y tế"));
    }

    @Test
    void pastedTextIsReadAndUnknownUnitsAreProposedNotCreated() throws Exception {
        String text = "KẾ HOẠCH\nTriển khai tháng hành động\n\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì, phối hợp với Sở Tài chính "
                + "tổ chức tập huấn trước ngày\n15/5/2024.\n2. Sở Tài chính bố trí kinh phí trong tháng 6/2024.\n";
        ImportResult result = new PlanImporter(List.of(Unit.named("Sở Tài chính"))).readText("dán", text);
        assertEquals(2, result.plan().taskCount());
        assertEquals("2024-05-15", result.plan().allTasks().get(0).deadline().due().toString());
        assertEquals("Sở Y tế", result.plan().allTasks().get(0).lead().get(0).name());
        assertEquals(List.of("Sở Y tế"), result.proposedUnits().stream().map(Unit::fullName).toList());
        assertTrue(result.findings().stream().anyMatch(f -> f.key().equals("finding.unitProposed")));
        assertTrue(result.spans().stream().anyMatch(s -> s.field().equals("phases[0].tasks[0]")));
    }

    @Test
    void calendarHasOneEventPerOpenDeadlineWithRemindersEscapedAndFolded() throws Exception {
        Plan plan = SamplePlans.plans().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IcsWriter(List.of(3), Clock.fixed(Instant.parse("2019-01-01T00:00:00Z"), ZoneOffset.UTC)).writePlan(plan, out);
        String ics = out.toString(StandardCharsets.UTF_8);
        long dated = plan.allTasks().stream().filter(t -> t.deadlineInForce().due() != null && !t.isDone()).count();
        assertEquals(dated, ics.split("BEGIN:VEVENT", -1).length - 1);
        assertEquals(dated, ics.split("TRIGGER;RELATED=START:-P3D", -1).length - 1);
        java.time.LocalDate firstDue = plan.allTasks().stream().map(t -> t.deadlineInForce().due()).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow();
        assertTrue(ics.contains("DTSTART;VALUE=DATE:" + firstDue.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("a\\, b\\; c\\\\ d\\ne", IcsWriterAccess.escape("a, b; c\\ d\ne"));
    }
}

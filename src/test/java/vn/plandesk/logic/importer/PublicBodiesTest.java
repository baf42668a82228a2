package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;
import vn.plandesk.model.UnitRef;

/** The shipped directory of public bodies, an office's additions to it, and how the unit matcher uses it. */
class PublicBodiesTest {
    @TempDir
    Path folder;

    private final PublicBodies shipped = PublicBodies.shipped();

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void abbreviationsAndNamesWithoutAccentsAreOneBody() {
        PublicBody planning = shipped.find("Sở Kế hoạch và Đầu tư");
        assertNotNull(planning);
        assertSame(planning, shipped.find("Sở KH&ĐT"));
        assertSame(planning, shipped.find("So Ke hoach va Dau tu"));
        assertSame(planning, shipped.find("SỞ KẾ HOẠCH VÀ ĐẦU TƯ"));
        assertEquals("Ủy ban nhân dân tỉnh", shipped.find("UBND tỉnh").name());
        assertEquals("Ủy ban nhân dân tỉnh", shipped.find("Uy ban nhan dan tinh").name());
        assertEquals("Sở Giáo dục và Đào tạo", shipped.find("Sở GD&ĐT").name());
        assertEquals("Bộ Chỉ huy Quân sự tỉnh", shipped.find("BCH Quân sự tỉnh").name());
        assertEquals("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", shipped.find("Tỉnh đoàn").name());
        assertEquals(UnitKind.GROUP, shipped.find("Các sở, ban, ngành").kind());
        assertEquals(UnitKind.GROUP, shipped.find("UBND các xã, phường, đặc khu").kind());
        assertNull(shipped.find("Tổ chuyên viên giúp việc"));
    }

    @Test
    void aProvinceOrCommuneNameAfterTheBodyIsRead() {
        assertEquals("Sở Tài chính", shipped.find("Sở Tài chính tỉnh Lạng Sơn").name());
        assertEquals("Sở Tài chính", shipped.find("So Tai chinh tinh Lang Son").name());
        assertEquals("Công an tỉnh", shipped.find("Công an thành phố Hải Phòng").name());
        assertEquals("Ủy ban nhân dân xã", shipped.find("UBND xã Tân Lập").name());
        assertEquals("Sở Lao động - Thương binh và Xã hội", shipped.find("Sở LĐ-TB&XH tỉnh Bắc Giang").name());
        assertEquals("Ủy ban Văn hóa và Xã hội", shipped.find("Ủy ban Văn hóa và Xã hội").name());
    }

    @Test
    void aRenamedOrMergedBodyKnowsWhatItIsNow() {
        PublicBody planning = shipped.find("Sở KH&ĐT");
        assertTrue(planning.isFormer());
        assertEquals("Sở Tài chính", shipped.current(planning).name());
        assertEquals("Sở Khoa học và Công nghệ", shipped.current(shipped.find("Sở TT&TT")).name());
        assertEquals("Sở Nông nghiệp và Môi trường", shipped.current(shipped.find("Sở NN&PTNT")).name());
        assertEquals("Bộ Khoa học và Công nghệ", shipped.current(shipped.find("Bộ Thông tin và Truyền thông")).name());
        assertEquals("Bộ Dân tộc và Tôn giáo", shipped.current(shipped.find("Ủy ban Dân tộc")).name());
        assertTrue(shipped.find("UBND huyện Bắc Sơn").isFormer(), "the district level ended in 2025");
        PublicBody finance = shipped.find("Sở Tài chính");
        assertFalse(finance.isFormer());
        assertSame(finance, shipped.current(finance));
    }

    @Test
    void theShippedListIsConsistent() {
        Map<String, PublicBody> byKey = new HashMap<>();
        for (PublicBody body : shipped.all()) {
            for (String name : names(body)) {
                PublicBody before = byKey.put(shipped.key(name), body);
                assertTrue(before == null || before == body, name + " names both " + before + " and " + body);
            }
            if (body.isFormer()) {
                PublicBody now = shipped.current(body);
                assertFalse(now.isFormer(), body.name() + " leads to a body in place: " + now.name());
            }
        }
        assertTrue(shipped.all().size() > 150, "ministries, provincial, commune level, Front, courts, police, military");
        assertTrue(shipped.problem().isEmpty());
    }

    @Test
    void anOfficeAddsItsOwnBodiesAndAbbreviations() throws IOException {
        write("""
                # các cơ quan riêng của tỉnh
                [viết tắt]
                TTXTĐT\tTrung tâm Xúc tiến đầu tư
                [cơ quan]
                Trung tâm Xúc tiến đầu tư tỉnh\tTT Xúc tiến đầu tư\tcơ quan
                Sở Ngoại vụ\t\tcơ quan\tVăn phòng Ủy ban nhân dân tỉnh\tsáp nhập vào Văn phòng UBND tỉnh
                """);
        PublicBodies bodies = PublicBodies.withAdditions(folder);

        assertEquals("Trung tâm Xúc tiến đầu tư tỉnh", bodies.find("TTXTĐT tỉnh").name());
        assertEquals("Trung tâm Xúc tiến đầu tư tỉnh", bodies.find("TT Xúc tiến đầu tư").name());
        assertEquals("Văn phòng Ủy ban nhân dân tỉnh", bodies.current(bodies.find("Sở Ngoại vụ")).name(),
                "the office's line replaces the shipped one");
        assertTrue(bodies.problem().isEmpty());
        assertFalse(shipped.find("Sở Ngoại vụ").isFormer(), "other offices keep the shipped list");
    }

    @Test
    void aMalformedAdditionsFileIsExplainedInOneLineAndLeftOut() throws IOException {
        write("""
                [cơ quan]
                Trung tâm Xúc tiến đầu tư tỉnh\t\tcơ quan
                Ban Quản lý dự án tỉnh\t\tcông ty
                """);
        PublicBodies bodies = PublicBodies.withAdditions(folder);

        assertNull(bodies.find("Trung tâm Xúc tiến đầu tư tỉnh"), "nothing of a malformed file is used");
        assertEquals("Sở Tài chính", bodies.find("STC").name(), "the shipped list still works");
        String problem = bodies.problem().orElseThrow();
        assertEquals(1, problem.lines().count());
        assertTrue(problem.contains(PublicBodies.ADDITIONS_FILE) && problem.contains("dòng 3") && problem.contains("\"công ty\""), problem);

        Files.write(folder.resolve(PublicBodies.ADDITIONS_FILE), "[cơ quan]\nS\u1edf X\n".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(PublicBodies.withAdditions(folder).problem().orElseThrow().contains("UTF-8"));
        write("[cơ quan]\nSở Kinh tế số\t\tcơ quan\tSở Không Có\n");
        assertTrue(PublicBodies.withAdditions(folder).problem().orElseThrow().contains("Sở Không Có"));
    }

    @Test
    void theOfficeDirectoryComesFirstAndARenamedBodyIsNotTakenForItsSuccessor() {
        Unit youth = Unit.named("Đoàn TNCS Hồ Chí Minh tỉnh");
        Unit finance = Unit.named("Sở Tài chính");
        UnitMatcher matcher = new UnitMatcher(List.of(youth, finance));

        assertSame(youth, matcher.match("Tỉnh đoàn"), "another name of the same public body");
        assertSame(finance, matcher.match("Sở Tài chính tỉnh Lạng Sơn"));
        assertNull(matcher.match("Sở KH&ĐT"), "merged into Sở Tài chính, but not the same body");
        assertNull(matcher.match("Bộ Tài chính"), "one letter apart, but a ministry is not a department");
        assertEquals("Sở Kế hoạch và Đầu tư", matcher.publicBody("Sở KH&ĐT").name());
        assertEquals(UnitKind.AGENCY, matcher.propose("Sở Y tế").kind());
        assertEquals("Sở Y tế", matcher.propose("Sở Y tế").fullName());
    }

    @Test
    void theImporterKeepsARenamedBodyAsWrittenAndSaysWhatItIsNow() throws Exception {
        String text = "KẾ HOẠCH\nTriển khai tháng hành động\n\nI. NHIỆM VỤ\n1. Sở KH&ĐT chủ trì tổng hợp báo cáo "
                + "trước ngày 15/5/2024.\n2. Sở Tài chính bố trí kinh phí trong tháng 6/2024.\n";
        ImportResult result = new PlanImporter(List.of(Unit.named("Sở Tài chính"))).readText("dán", text);

        assertEquals(List.of("Sở KH&ĐT"), result.plan().allTasks().get(0).lead().stream().map(UnitRef::name).toList());
        Finding renamed = result.findings().stream().filter(f -> f.key().startsWith("finding.unitFormerBody")).findFirst().orElseThrow();
        assertTrue(renamed.message().contains("nay là Sở Tài chính"), renamed.message());
    }

    private void write(String text) throws IOException {
        Files.writeString(folder.resolve(PublicBodies.ADDITIONS_FILE), text);
    }

    private static List<String> names(PublicBody body) {
        List<String> names = new java.util.ArrayList<>(List.of(body.name()));
        names.addAll(body.otherNames());
        return names;
    }
}

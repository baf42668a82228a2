package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;

/** An old Word .doc read through HWPF, and .docx files whose runs are in TCVN3 and VNI fonts. */
class WordDocAndLegacyFontTest {

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WordDocAndLegacyFontTest.class.getResource("/importer/" + name).toURI());
    }

    /** Phase titles with their tasks' contents and due dates, depth first: what a reading is judged on. */
    private static List<String> outline(Plan plan) {
        List<String> out = new ArrayList<>();
        plan.phases().forEach(p -> outline(p, "", out));
        return out;
    }

    private static void outline(Phase phase, String indent, List<String> out) {
        out.add(indent + phase.label() + " " + phase.title());
        for (Task task : phase.tasks()) {
            out.add(indent + "  - " + task.content() + " | " + task.deadline().raw() + " | " + task.deadline().due());
        }
        phase.subPhases().forEach(s -> outline(s, indent + "  ", out));
    }

    @Test
    void aWord97DocReadsLikeTheDocxItWasSavedFrom() throws Exception {
        PlanImporter importer = new PlanImporter(List.of());
        Plan fromDoc = importer.read(resource("doc/ke-hoach-lang-son.doc")).plan();
        Plan fromDocx = importer.read(resource("doc/ke-hoach-lang-son.docx")).plan();
        Plan fromText = importer.read(resource("samples/000_c35e675f79bbd5c5.txt")).plan();

        assertEquals(outline(fromDocx), outline(fromDoc));
        assertEquals(outline(fromText), outline(fromDoc));
        assertEquals(fromDocx.taskCount(), fromDoc.taskCount());
        assertTrue(fromDoc.taskCount() >= 10, "tasks read: " + fromDoc.taskCount());
        // the header sits in a table in both files
        assertEquals("312/KH-SKHĐT", fromDoc.numberAndSymbol());
        assertEquals(LocalDate.of(2018, 12, 10), fromDoc.issuedOn());
        assertEquals(fromDocx.numberAndSymbol(), fromDoc.numberAndSymbol());
        assertEquals(fromDocx.subject(), fromDoc.subject());
        assertTrue(fromDoc.allTasks().stream().anyMatch(t -> LocalDate.of(2019, 3, 20).equals(t.deadline().due())
                && t.content().contains("Tổ chuyên viên")), outline(fromDoc).toString());
    }

    /** One line of a legacy document: the font its run names and the text in that font's encoding. */
    private record Run(String font, String text) {
    }

    /** A .docx with a header table (two runs per cell row) and body paragraphs, each a single run. */
    private Path legacyDocx(String name, Run[][] header, Run[] body) throws Exception {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable table = doc.createTable(header.length, 2);
            for (int r = 0; r < header.length; r++) {
                for (int c = 0; c < 2; c++) {
                    XWPFParagraph cell = table.getRow(r).getCell(c).getParagraphs().get(0);
                    write(cell.createRun(), header[r][c]);
                }
            }
            for (Run line : body) {
                write(doc.createParagraph().createRun(), line);
            }
            doc.write(out);
        }
        return file;
    }

    private static void write(XWPFRun run, Run line) {
        run.setFontFamily(line.font());
        run.setText(line.text());
    }

    private static void assertReadAsUnicode(Plan plan) {
        assertEquals(DocumentType.KE_HOACH, plan.type());
        assertEquals("45/KH-UBND", plan.numberAndSymbol());
        assertEquals("Ninh Bình", plan.place());
        assertEquals(LocalDate.of(2019, 2, 15), plan.issuedOn());
        assertEquals("Triển khai công tác chuyển đổi số năm 2019", plan.subject());
        assertEquals(2, plan.taskCount(), outline(plan).toString());
        Task first = plan.allTasks().get(0);
        assertEquals("Sở Thông tin và Truyền thông xây dựng dự thảo Kế hoạch chi tiết, trình UBND tỉnh", first.content());
        assertEquals("Trước ngày 20/3/2019", first.deadline().raw());
        assertEquals(LocalDate.of(2019, 3, 20), first.deadline().due());
        assertEquals(LocalDate.of(2019, 6, 30), plan.allTasks().get(1).deadline().due());
        for (String line : outline(plan)) {
            assertTrue(Normalizer.isNormalized(line, Normalizer.Form.NFC), line);
        }
    }

    @Test
    void aDocxInTheTcvn3FontDotVnTimeIsReadAsUnicode() throws Exception {
        String caps = ".VnTimeH";
        String text = ".VnTime";
        Run[][] header = {
                {new Run(caps, "ñy ban nh©n d©n"), new Run(caps, "céng hoµ x· héi chñ nghÜa viÖt nam")},
                {new Run(caps, "tØnh ninh b×nh"), new Run(text, "§éc lËp - Tù do - H¹nh phóc")},
                {new Run(text, "Sè: 45/KH-UBND"), new Run(text, "Ninh B×nh, ngµy 15 th¸ng 02 n¨m 2019")}};
        Run[] body = {
                new Run(caps, "kÕ ho¹ch"),
                new Run(text, "TriÓn khai c«ng t¸c chuyÓn ®æi sè n¨m 2019"),
                new Run(text, "I. NhiÖm vô cô thÓ"),
                new Run(text, "1. Së Th«ng tin vµ TruyÒn th«ng x©y dùng dù th¶o KÕ ho¹ch chi tiÕt, tr×nh UBND tØnh. "
                        + "Thêi gian: Tr\u00adíc ngµy 20/3/2019."),
                new Run(text, "2. UBND c¸c huyÖn, thµnh phè triÓn khai thùc hiÖn; hoµn thµnh tr\u00adíc ngµy 30/6/2019.")};
        ImportResult result = new PlanImporter(List.of()).read(legacyDocx("tcvn3.docx", header, body));
        assertReadAsUnicode(result.plan());
        assertFalse(result.sourceText().contains("×"), result.sourceText());
        assertTrue(result.sourceText().contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), result.sourceText());
    }

    @Test
    void aWord97DocInTcvn3FontsIsReadAsUnicode() throws Exception {
        ImportResult result = new PlanImporter(List.of()).read(resource("doc/ke-hoach-ninh-binh-tcvn3.doc"));
        assertReadAsUnicode(result.plan());
        assertTrue(result.sourceText().contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), result.sourceText());
    }

    @Test
    void aDocxInTheVniFontVniTimesIsReadAsUnicode() throws Exception {
        String font = "VNI-Times";
        Run[][] header = {
                {new Run(font, "UÛY BAN NHAÂN DAÂN"), new Run(font, "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM")},
                {new Run(font, "TÆNH NINH BÌNH"), new Run(font, "Ñoäc laäp - Töï do - Haïnh phuùc")},
                {new Run(font, "Soá: 45/KH-UBND"), new Run(font, "Ninh Bình, ngaøy 15 thaùng 02 naêm 2019")}};
        Run[] body = {
                new Run(font, "KEÁ HOAÏCH"),
                new Run(font, "Trieån khai coâng taùc chuyeån ñoåi soá naêm 2019"),
                new Run(font, "I. Nhieäm vuï cuï theå"),
                new Run(font, "1. Sôû Thoâng tin vaø Truyeàn thoâng xaây döïng döï thaûo Keá hoaïch chi tieát, trình UBND tænh. "
                        + "Thôøi gian: Tröôùc ngaøy 20/3/2019."),
                new Run(font, "2. UBND caùc huyeän, thaønh phoá trieån khai thöïc hieän; hoaøn thaønh tröôùc ngaøy 30/6/2019.")};
        ImportResult result = new PlanImporter(List.of()).read(legacyDocx("vni.docx", header, body));
        assertReadAsUnicode(result.plan());
        assertTrue(result.sourceText().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), result.sourceText());
    }

    @Test
    void aTimeLabelClosingATaskSentenceIsNotPartOfTheTask() throws Exception {
        Plan plan = new PlanImporter(List.of()).readText("dan.txt", """
                KẾ HOẠCH
                Triển khai công tác chuyển đổi số năm 2019
                I. NHIỆM VỤ
                1. Sở Tài chính bố trí kinh phí thực hiện. Thời hạn hoàn thành: Trước ngày 15/4/2019.
                2. Văn phòng UBND tỉnh báo cáo tiến độ: Trước ngày 30/5/2019.
                """).plan();
        assertEquals(List.of("Sở Tài chính bố trí kinh phí thực hiện", "Văn phòng UBND tỉnh báo cáo tiến độ"),
                plan.allTasks().stream().map(Task::content).toList());
        assertEquals(List.of(LocalDate.of(2019, 4, 15), LocalDate.of(2019, 5, 30)),
                plan.allTasks().stream().map(t -> t.deadline().due()).toList());
    }
}

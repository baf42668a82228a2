package vn.plandesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.cli.CommandLineRun.Result;

/** {@code plandesk export --format docx|xlsx} and {@code plandesk export-unit} as a user types them. */
class ExportDocumentsCommandTest {
    @TempDir
    Path dir;

    private String planId;

    private Result plandesk(String... args) {
        return CommandLineRun.onStore(dir.resolve("db"), args);
    }

    @BeforeEach
    void importTheBacGiangSample() throws Exception {
        Path file = CommandLineRun.sample(dir, "ke-hoach-25-KH-KHCN-bac-giang.json");
        Result imported = plandesk("import", file.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        planId = imported.out().strip();
        Path other = CommandLineRun.sample(dir, "ke-hoach-de-an-doanh-nghiep-lang-son.json");
        assertEquals(0, plandesk("import", other.toString()).exitCode());
    }

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void exportsWordAndExcelThatOpen() throws Exception {
        Path word = dir.resolve("ke-hoach.docx");
        Result docx = plandesk("export", planId, "--format", "docx", "-o", word.toString());
        assertEquals(0, docx.exitCode(), docx.err());
        assertTrue(docx.err().contains(word.toAbsolutePath().toString()), docx.err());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(word))) {
            assertEquals("Số: 25/KH-KHCN", doc.getTables().get(0).getRow(1).getCell(0).getText());
        }
        Path draft = dir.resolve("du-thao.docx");
        assertEquals(0, plandesk("export", planId, "--format", "docx", "--draft", "--appendix-only", "-o", draft.toString()).exitCode());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(draft))) {
            assertEquals(1, doc.getTables().size(), "only the appendix table");
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("(Kèm theo Kế hoạch số ") && !p.getText().contains("25/")));
        }
        Path sheet = dir.resolve("ke-hoach.xlsx");
        Result xlsx = plandesk("export", planId, "--format", "xlsx", "-o", sheet.toString());
        assertEquals(0, xlsx.exitCode(), xlsx.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sheet))) {
            assertEquals(3, wb.getNumberOfSheets());
        }
        assertEquals(0, plandesk("export", planId, "--format", "json", "-o", "-").exitCode(), "json still prints to the console");
    }

    @Test
    void exportUnitFindsTheUnitWithoutAccentsAndExplainsUnknownOrAmbiguousNames() throws Exception {
        Path letter = dir.resolve("van-phong.docx");
        Result ok = plandesk("export-unit", "van phong so", "--format", "docx", "-o", letter.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.err().contains("2 nhiệm vụ của Văn phòng Sở"), ok.err());
        assertTrue(Files.size(letter) > 0);
        Path sheet = dir.resolve("van-phong.xlsx");
        assertEquals(0, plandesk("export-unit", "Văn phòng Sở", "--format", "xlsx", "-o", sheet.toString()).exitCode());
        assertTrue(Files.exists(sheet));

        Result unknown = plandesk("export-unit", "So Ngoai vu", "--format", "xlsx", "-o", dir.resolve("x.xlsx").toString());
        assertEquals(PlanDeskCommand.FAILED, unknown.exitCode());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().contains("Không có đơn vị nào tên \"So Ngoai vu\""), unknown.err());

        Result ambiguous = plandesk("export-unit", "phong", "--format", "xlsx", "-o", dir.resolve("x.xlsx").toString());
        assertEquals(PlanDeskCommand.FAILED, ambiguous.exitCode());
        assertEquals(1, ambiguous.err().lines().count(), ambiguous.err());
        assertTrue(ambiguous.err().contains("Phòng Kế hoạch Tài chính") && ambiguous.err().contains("Văn phòng Sở"), ambiguous.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));

        Result english = plandesk("--lang", "en", "export-unit", "phong", "--format", "docx", "-o", dir.resolve("x.docx").toString());
        assertTrue(english.err().contains("Please type more of the name"), english.err());
    }

    @Test
    void aUnitsDeadlinesGoToACalendarWithItsRoleInEachTask() throws Exception {
        Path calendar = dir.resolve("van-phong.ics");
        Result ics = plandesk("export-unit", "to chuyen vien giup viec", "--format", "ics", "-o", calendar.toString());
        assertEquals(0, ics.exitCode(), ics.err());
        assertTrue(ics.err().contains(calendar.toAbsolutePath().toString()), ics.err());
        String text = Files.readString(calendar).replace("\r\n ", "");
        assertTrue(text.contains("X-WR-CALNAME:Tổ chuyên viên giúp việc"), text);
        // of the six tasks it leads, two have a date: one event each, on the deadline
        List<String> summaries = text.lines().filter(l -> l.startsWith("SUMMARY:")).toList();
        assertEquals(2, summaries.size(), text);
        assertTrue(summaries.stream().allMatch(l -> l.startsWith("SUMMARY:Hạn (chủ trì): ")), summaries.toString());
        assertTrue(text.contains("DTSTART;VALUE=DATE:20190320") && text.contains("DTSTART;VALUE=DATE:20190430"), text);
    }

    @Test
    void aFormatACommandDoesNotWriteIsRefusedInOneLineListingTheChoices() {
        Result typo = plandesk("export", planId, "--format", "doc", "-o", dir.resolve("x.doc").toString());
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().lines().findFirst().orElseThrow().contains(
                "Không có định dạng \"doc\": chọn docx, xlsx, pdf, png, json, mspdi, ics."), typo.err());
        Result timeline = plandesk("--lang", "en", "export-unit", "van phong so", "--format", "pdf", "-o", dir.resolve("x.pdf").toString());
        assertEquals(2, timeline.exitCode());
        assertTrue(timeline.err().contains("There is no format \"pdf\": choose docx, xlsx, ics."), timeline.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void aTargetThatCannotBeWrittenSaysWhyAndLeavesTheOldFileIntact() throws Exception {
        Path existing = dir.resolve("ke-hoach.docx");
        byte[] before = "bản cũ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(existing, before);
        Files.createDirectory(dir.resolve("in-the-way.docx"));
        Result folder = plandesk("export", planId, "--format", "docx", "-o", dir.resolve("in-the-way.docx").toString());
        assertEquals(PlanDeskCommand.FAILED, folder.exitCode());
        assertTrue(folder.err().contains("là một thư mục"), folder.err());

        Result missing = plandesk("export", planId, "--format", "xlsx", "-o", dir.resolve("khong-co").resolve("x.xlsx").toString());
        assertEquals(PlanDeskCommand.FAILED, missing.exitCode());
        assertTrue(missing.err().contains("không tồn tại"), missing.err());

        Result console = plandesk("export", planId, "--format", "docx", "-o", "-");
        assertEquals(PlanDeskCommand.FAILED, console.exitCode());
        assertEquals(1, console.err().lines().count(), console.err());

        Result optionMisused = plandesk("export", planId, "--format", "xlsx", "--draft", "-o", existing.toString());
        assertEquals(PlanDeskCommand.FAILED, optionMisused.exitCode());
        assertTrue(optionMisused.err().contains("--draft"), optionMisused.err());
        assertArrayEquals(before, Files.readAllBytes(existing), "the existing file is untouched");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }
}

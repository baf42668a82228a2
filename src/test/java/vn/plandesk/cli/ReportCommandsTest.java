package vn.plandesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.cli.CommandLineRun.Result;

/** {@code plandesk report} and {@code plandesk urge} as a user types them, over the two sample plans. */
class ReportCommandsTest {
    @TempDir
    Path dir;

    private Result plandesk(String... args) {
        return CommandLineRun.onStore(dir.resolve("db"), args);
    }

    @BeforeEach
    void importTheSamples() throws Exception {
        for (String sample : List.of("ke-hoach-25-KH-KHCN-bac-giang.json", "ke-hoach-de-an-doanh-nghiep-lang-son.json")) {
            assertEquals(0, plandesk("import", CommandLineRun.sample(dir, sample).toString()).exitCode());
        }
    }

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void writesTheReportAsWordAndExcel() throws Exception {
        Path word = dir.resolve("bao-cao.docx");
        Result docx = plandesk("report", "--period", "2019", "--format", "docx", "-o", word.toString());
        assertEquals(0, docx.exitCode(), docx.err());
        assertTrue(docx.err().contains(word.toAbsolutePath().toString()), docx.err());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(word))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("BÁO CÁO")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().endsWith("năm 2019")));
        }
        Path sheet = dir.resolve("bao-cao.xlsx");
        Result xlsx = plandesk("report", "--from", "01/01/2019", "--to", "31/12/2019", "--unit", "quan ly cong nghe", "--format", "xlsx",
                "-o", sheet.toString());
        assertEquals(0, xlsx.exitCode(), xlsx.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sheet))) {
            Sheet units = wb.getSheetAt(0);
            assertTrue(units.getRow(4).getCell(1).getStringCellValue().contains("Quản lý công nghệ"), units.getRow(4).getCell(1).getStringCellValue());
        }
    }

    @Test
    void writesOneUrgingLetterPerUnitNamedWithoutAccents() throws Exception {
        Path folder = dir.resolve("cong-van");
        Result urge = plandesk("urge", "--as-of", "20/03/2019", "--within", "30", "--format", "docx", "-o", folder.toString());
        assertEquals(0, urge.exitCode(), urge.err());
        List<String> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertFalse(files.isEmpty());
        assertTrue(files.stream().allMatch(f -> f.matches("[A-Za-z0-9_]+\\.docx")), files.toString());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(folder.resolve(files.get(0))))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Kính gửi: ")));
        }
    }

    @Test
    void badInputIsOneLineInTheUsersLanguageAndWritesNothing() {
        Path out = dir.resolve("x.docx");
        Result period = plandesk("report", "--period", "2026-Q5", "--format", "docx", "-o", out.toString());
        assertEquals(1, period.exitCode());
        assertEquals("Lỗi: Kỳ báo cáo \"2026-Q5\" không hợp lệ: hãy ghi như 2026-11 (tháng), 2026-Q4 (quý), 2026-H2 (6 tháng) hoặc 2026 (năm).",
                period.err().strip());
        Result both = plandesk("report", "--period", "2026", "--from", "01/01/2026", "--format", "docx", "-o", out.toString());
        assertEquals("Lỗi: Hãy chọn hoặc --period, hoặc cả --from và --to.", both.err().strip());
        Result plan = plandesk("--lang", "en", "report", "--period", "2019", "--plan", "99", "--format", "docx", "-o", out.toString());
        assertEquals("Error: There is no plan 99 in the store.", plan.err().strip());
        Result date = plandesk("--lang", "en", "urge", "--as-of", "31/02/2026", "--format", "docx", "-o", dir.toString());
        assertEquals("Error: The date \"31/02/2026\" is not valid: write dd/MM/yyyy, for example 14/12/2026.", date.err().strip());
        Result nothing = plandesk("report", "--period", "2010", "--plan", "1", "--format", "docx", "-o", out.toString());
        assertEquals("Lỗi: Không có nhiệm vụ nào trong kỳ báo cáo năm 2010.", nothing.err().strip());
        assertFalse(Files.exists(out));
    }
}

package vn.plandesk.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;

class TimelineFilesTest {
    private static final String VIETNAMESE_LETTERS =
            "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

    @TempDir
    Path folder;

    private static String firstWords(String text, int count) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
    }

    @Test
    void thePdfOfBothSamplesHasTheVietnameseWordsOfEveryTaskAndPhaseAsText() throws Exception {
        int sample = 0;
        for (Plan plan : SamplePlans.plans()) {
            Path pdf = folder.resolve("sample-" + sample++ + ".pdf");
            PagedTimeline pages = PagedTimeline.of(plan, PageSetup.defaults(), vn.plandesk.logic.calendar.WorkCalendar.standard(),
                    PagedTimelineTest.PRINTED, PagedTimelineTest.PRINTED);
            TimelineFiles.writePdf(pages, plan.subject(), pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertEquals(pages.pageCount(), document.getNumberOfPages());
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                List<String> expected = new ArrayList<>();
                for (Phase phase : plan.phases()) {
                    expected.add(firstWords(phase.title(), 3));
                    phase.subPhases().forEach(s -> expected.add(firstWords(s.title(), 3)));
                }
                plan.allTasks().stream().map(Task::content).forEach(c -> expected.add(firstWords(c, 3)));
                for (String words : expected) {
                    assertTrue(text.contains(words), () -> "'" + words + "' not found in the PDF of " + plan.subject());
                }
                assertTrue(text.contains("Trang 1/" + pages.pageCount()));
                PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
                assertTrue(font.isEmbedded(), "the font travels with the file");
            }
        }
    }

    @Test
    void theEmbeddedFontHasEveryVietnameseLetter() throws Exception {
        for (TextStyle style : List.of(TextStyle.plain(10), TextStyle.bold(10), TextStyle.italic(10))) {
            try (var in = TimelineFonts.open(style)) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                String all = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.toUpperCase(java.util.Locale.ROOT) + "…—";
                assertEquals(-1, font.canDisplayUpTo(all), font.getName());
            }
        }
    }

    @Test
    void pngPagesAreWrittenOnePerPageWithTheChartOnThem() throws Exception {
        Plan plan = SamplePlans.plans().get(0);
        PagedTimeline pages = PagedTimeline.of(plan, PageSetup.defaults().withFit(2, 0),
                vn.plandesk.logic.calendar.WorkCalendar.standard(), PagedTimelineTest.PRINTED, PagedTimelineTest.PRINTED);
        List<Path> files = TimelineFiles.writePng(pages, folder.resolve("chart.png"));
        assertEquals(pages.pageCount(), files.size());
        assertEquals(folder.resolve("chart-1.png"), files.get(0));
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertEquals(Math.ceil(PageSetup.defaults().pageWidth() * TimelineFiles.PNG_DPI / 72.0), image.getWidth(), 1);
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 500, "drawn pixels: " + dark);
        assertTrue(Files.size(files.get(1)) > 10_000);
    }
}

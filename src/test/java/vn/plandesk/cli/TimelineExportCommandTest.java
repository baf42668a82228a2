package vn.plandesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;
import vn.plandesk.cli.CommandLineRun.Result;
import static vn.plandesk.cli.CommandLineRun.plandesk;

/** {@code plandesk export ID --format pdf|png} with its page options, as typed. */
class TimelineExportCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    private long storedSample() throws Exception {
        try (Store store = Store.open(dir.resolve("db"))) {
            return SamplePlans.addTo(store.plans()).get(0);
        }
    }

    @Test
    void aPdfOnA3LandscapeTwoPagesWide() throws Exception {
        long id = storedSample();
        Path pdf = dir.resolve("tien-do.pdf");
        Result r = plandesk("--db", dir.resolve("db").toString(), "export", String.valueOf(id), "--format", "pdf", "-o", pdf.toString(),
                "--paper", "A3", "--landscape", "--pages-wide", "2", "--scale", "week");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("(2 trang)"), r.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, document.getNumberOfPages());
            assertEquals(1190.55, document.getPage(0).getMediaBox().getWidth(), 0.1);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Thành lập Tổ biên tập"), text);
            assertTrue(text.contains("Trang 2/2"));
        }
    }

    @Test
    void pngPagesForAPeriodByMonths() throws Exception {
        long id = storedSample();
        Result r = plandesk("--db", dir.resolve("db").toString(), "export", String.valueOf(id), "--format", "png", "-o",
                dir.resolve("a.png").toString(), "--from", "01/03/2019", "--to", "30/06/2019", "--scale", "month");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.size(dir.resolve("a.png")) > 10_000);
    }

    @Test
    void badOptionsAreRefusedWithAClearSentenceAndNoFile() throws Exception {
        long id = storedSample();
        String db = dir.resolve("db").toString();
        Path out = dir.resolve("x.pdf");
        Result badDate = plandesk("--db", db, "export", String.valueOf(id), "--format", "pdf", "-o", out.toString(), "--from", "31/02/2026");
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("Ngày \"31/02/2026\" không đúng"), badDate.err());
        Result backwards = plandesk("--db", db, "export", String.valueOf(id), "--format", "pdf", "-o", out.toString(),
                "--from", "01/05/2019", "--to", "01/04/2019");
        assertEquals(1, backwards.exitCode());
        assertTrue(backwards.err().contains("Ngày cuối 01/04/2019 đứng trước ngày đầu 01/05/2019"), backwards.err());
        Result console = plandesk("--db", db, "export", String.valueOf(id), "--format", "png", "-o", "-");
        assertEquals(1, console.exitCode());
        assertTrue(console.err().contains("không in ra màn hình"), console.err());
        Result english = plandesk("--lang", "en", "--db", db, "export", String.valueOf(id), "--format", "pdf", "-o", out.toString(),
                "--pages-wide", "0");
        assertEquals(1, english.exitCode());
        assertTrue(english.err().contains("The number of pages must be 1 to 50"), english.err());
        assertFalse(Files.exists(out));
    }
}

package vn.plandesk.gui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.print.Printer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.timeline.PageSetup;
import vn.plandesk.logic.timeline.PagedTimeline;
import vn.plandesk.logic.timeline.Paper;
import vn.plandesk.testing.PlanGenerator;

/**
 * Printing on a real printer: a CUPS server with the cups-pdf virtual printer, set up by
 * src/test/scripts/cups-pdf-printer.sh, and the PDF it writes read back.
 */
class TimelinePrintTest {
    private static Path output;

    @BeforeAll
    static void startPrinter() throws Exception {
        output = Files.createTempDirectory("plandesk-cups-pdf-");
        Process setup = new ProcessBuilder("bash", "src/test/scripts/cups-pdf-printer.sh", output.toString())
                .redirectErrorStream(true).start();
        String log = new String(setup.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, setup.waitFor(), log);
        FxToolkit.registerPrimaryStage();
    }

    private static Printer cupsPdfPrinter() throws InterruptedException {
        // The JDK looks CUPS printers up on a timer: give it a moment to see the new one.
        for (int i = 0; i < 60; i++) {
            Optional<Printer> printer = Printer.getAllPrinters().stream().filter(p -> p.getName().equals("PDF")).findFirst();
            if (printer.isPresent()) {
                return printer.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the cups-pdf printer never showed up: " + Printer.getAllPrinters());
    }

    /** The PDF cups-pdf wrote, once it is complete. */
    private static Path printedPdf() throws Exception {
        long lastSize = -1;
        for (int i = 0; i < 480; i++) {
            try (Stream<Path> files = Files.list(output)) {
                List<Path> pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
                if (pdfs.size() == 1) {
                    long size = Files.size(pdfs.get(0));
                    // a size that stood still for half a second is not enough on a busy machine: the
                    // file is whole once its trailer ends it
                    if (size > 0 && size == lastSize && endsWithTrailer(pdfs.get(0))) {
                        return pdfs.get(0);
                    }
                    lastSize = size;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("cups-pdf wrote no PDF into " + output);
    }

    private static boolean endsWithTrailer(Path pdf) throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        String tail = new String(bytes, Math.max(0, bytes.length - 1024), Math.min(1024, bytes.length), StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    @Test
    void aFiveHundredTaskPlanPrintsTwoPagesWideOnA3Landscape() throws Exception {
        Printer printer = cupsPdfPrinter();
        LocalDate today = LocalDate.of(2026, 3, 10);
        PagedTimeline pages = PagedTimeline.of(PlanGenerator.plan(500, 3), PageSetup.defaults().withPaper(Paper.A3, true)
                .withFit(2, 0), WorkCalendar.standard(), today, today);
        assertEquals(2, pages.columns());
        int[] sent = {0};
        TimelinePrinter.print(printer, pages, "plandesk-timeline-test", page -> sent[0] = page);
        assertEquals(pages.pageCount(), sent[0]);

        try (PDDocument printed = Loader.loadPDF(printedPdf().toFile())) {
            assertTrue(printed.getNumberOfPages() >= 2);
            assertEquals(pages.pageCount(), printed.getNumberOfPages());
            PDRectangle box = printed.getPage(0).getMediaBox();
            double longSide = Math.max(box.getWidth(), box.getHeight());
            double shortSide = Math.min(box.getWidth(), box.getHeight());
            assertEquals(1190.55, longSide, 3, "A3");
            assertEquals(841.89, shortSide, 3, "A3");
            BufferedImage first = new PDFRenderer(printed).renderImageWithDPI(0, 36);
            int dark = 0;
            for (int y = 0; y < first.getHeight(); y++) {
                for (int x = 0; x < first.getWidth(); x++) {
                    dark += (first.getRGB(x, y) & 0xFF) < 160 ? 1 : 0;
                }
            }
            assertTrue(dark > 2000, "the printed page shows the chart, dark pixels: " + dark);
        }
    }
}

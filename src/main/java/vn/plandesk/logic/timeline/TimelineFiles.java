package vn.plandesk.logic.timeline;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.SafeFiles;

/**
 * Writes a paged timeline as a PDF (one page per tile, real text) or as PNG images (one per page),
 * always through {@link SafeFiles}. Pages are painted one at a time; the PDF's page contents go to
 * a temporary file, not to memory, so a long plan does not exhaust it.
 */
public final class TimelineFiles {
    /** Resolution of PNG pages. */
    public static final int PNG_DPI = 150;

    private TimelineFiles() {
    }

    public static void writePdf(PagedTimeline pages, String title, Path target) throws FileWriteException {
        SafeFiles.write(target, out -> writePdf(pages, title, out));
    }

    public static void writePdf(PagedTimeline pages, String title, OutputStream out) throws IOException {
        PageSetup setup = pages.setup();
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             PdfCanvas.Fonts fonts = new PdfCanvas.Fonts(document)) {
            PDRectangle size = new PDRectangle((float) setup.pageWidth(), (float) setup.pageHeight());
            for (int i = 0; i < pages.pageCount(); i++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    pages.paintPage(new PdfCanvas(content, setup.pageHeight(), fonts), i, setup.margin(), setup.margin());
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("PlanDesk");
            document.save(out);
        }
    }

    /**
     * Writes every page as a PNG: {@code target} itself when there is one page, otherwise
     * "name-1.png", "name-2.png" ... beside it. Returns the files written.
     */
    public static List<Path> writePng(PagedTimeline pages, Path target) throws FileWriteException {
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < pages.pageCount(); i++) {
            Path file = pages.pageCount() == 1 ? target : numbered(target, i + 1);
            int page = i;
            SafeFiles.write(file, out -> ImageIO.write(render(pages, page, PNG_DPI), "png", out));
            written.add(file);
        }
        return written;
    }

    /** One page as an image at a resolution in dots per inch. */
    public static BufferedImage render(PagedTimeline pages, int pageIndex, int dpi) {
        PageSetup setup = pages.setup();
        double scale = dpi / 72.0;
        BufferedImage image = new BufferedImage((int) Math.ceil(setup.pageWidth() * scale),
                (int) Math.ceil(setup.pageHeight() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            pages.paintPage(new AwtCanvas(g), pageIndex, setup.margin(), setup.margin());
        } finally {
            g.dispose();
        }
        return image;
    }

    static Path numbered(Path target, int page) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".png";
        return target.resolveSibling(stem + "-" + page + extension);
    }
}

package vn.plandesk.logic.timeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Paints on a PDF page with PDFBox. Text is real text in an embedded subset of Liberation Sans, so a
 * reader can search and copy the Vietnamese words. PDF's y axis grows upwards: every y is flipped.
 */
final class PdfCanvas implements TimelineCanvas {

    /** The three styles' fonts, embedded once per document; open until the document is saved. */
    static final class Fonts implements Closeable {
        private enum Face { REGULAR, BOLD, ITALIC }

        private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
        private final List<TrueTypeFont> files = new ArrayList<>();

        Fonts(PDDocument document) throws IOException {
            for (Face face : Face.values()) {
                TextStyle style = new TextStyle(1, face == Face.BOLD, face == Face.ITALIC);
                try (InputStream in = TimelineFonts.open(style)) {
                    TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    files.add(file);
                    // Text is NFC, one glyph per letter: glyph substitution only costs time (regexes per text).
                    file.setEnableGsub(false);
                    fonts.put(face, PDType0Font.load(document, file, true));
                }
            }
        }

        @Override
        public void close() throws IOException {
            for (TrueTypeFont file : files) {
                file.close();
            }
        }

        PDType0Font font(TextStyle style) {
            return fonts.get(style.bold() ? Face.BOLD : style.italic() ? Face.ITALIC : Face.REGULAR);
        }

        /** The text with characters the font lacks replaced by "?": a PDF cannot show what its font has not. */
        String printable(String text, PDType0Font font) {
            try {
                font.encode(text);
                return text;
            } catch (IOException | IllegalArgumentException missingGlyph) {
                StringBuilder kept = new StringBuilder();
                text.codePoints().forEach(cp -> {
                    String one = new String(Character.toChars(cp));
                    try {
                        font.encode(one);
                        kept.append(one);
                    } catch (IOException | IllegalArgumentException e) {
                        kept.append('?');
                    }
                });
                return kept.toString();
            }
        }

        /**
         * Widths summed from per-character widths, cached: PDFBox adds glyph widths without kerning, so
         * this is exactly its string width, without encoding every candidate text of an ellipsis search.
         */
        TextMeasurer measurer() {
            Map<PDType0Font, Map<Integer, Float>> widths = new java.util.HashMap<>();
            return (text, style) -> {
                PDType0Font font = font(style);
                Map<Integer, Float> cache = widths.computeIfAbsent(font, f -> new java.util.HashMap<>());
                double total = 0;
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    total += cache.computeIfAbsent(cp, c -> glyphWidth(font, c));
                }
                return total / 1000 * style.size();
            };
        }

        private float glyphWidth(PDType0Font font, int codePoint) {
            try {
                return font.getStringWidth(printable(new String(Character.toChars(codePoint)), font));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final PDPageContentStream content;
    private final float pageHeight;
    private final Fonts fonts;
    private final TextMeasurer measurer;

    PdfCanvas(PDPageContentStream content, double pageHeight, Fonts fonts) {
        this.content = content;
        this.pageHeight = (float) pageHeight;
        this.fonts = fonts;
        this.measurer = fonts.measurer();
    }

    @Override
    public TextMeasurer measurer() {
        return measurer;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        run(() -> {
            content.setNonStrokingColor(colour(rgb));
            content.addRect((float) x, pageHeight - (float) (y + height), (float) width, (float) height);
            content.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int rgb, double lineWidth) {
        run(() -> {
            content.setStrokingColor(colour(rgb));
            content.setLineWidth((float) lineWidth);
            content.addRect((float) x, pageHeight - (float) (y + height), (float) width, (float) height);
            content.stroke();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        run(() -> {
            content.setStrokingColor(colour(rgb));
            content.setLineWidth((float) lineWidth);
            if (dashed) {
                content.setLineDashPattern(new float[] {3, 2}, 0);
            }
            content.moveTo((float) x1, pageHeight - (float) y1);
            content.lineTo((float) x2, pageHeight - (float) y2);
            content.stroke();
            if (dashed) {
                content.setLineDashPattern(new float[0], 0);
            }
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        run(() -> {
            content.setNonStrokingColor(colour(rgb));
            content.moveTo((float) xs[0], pageHeight - (float) ys[0]);
            for (int i = 1; i < xs.length; i++) {
                content.lineTo((float) xs[i], pageHeight - (float) ys[i]);
            }
            content.closePath();
            content.fill();
        });
    }

    @Override
    public void text(String text, double x, double baselineY, TextStyle style, int rgb) {
        if (text == null || text.isEmpty()) {
            return;
        }
        run(() -> {
            PDType0Font font = fonts.font(style);
            content.beginText();
            content.setNonStrokingColor(colour(rgb));
            content.setFont(font, (float) style.size());
            content.newLineAtOffset((float) x, pageHeight - (float) baselineY);
            content.showText(fonts.printable(text, font));
            content.endText();
        });
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        run(() -> {
            content.saveGraphicsState();
            content.addRect((float) x, pageHeight - (float) (y + height), (float) width, (float) height);
            content.clip();
        });
    }

    @Override
    public void popClip() {
        run(content::restoreGraphicsState);
    }

    private static java.awt.Color colour(int rgb) {
        return new java.awt.Color(rgb);
    }

    private interface PdfWork {
        void run() throws IOException;
    }

    private static void run(PdfWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

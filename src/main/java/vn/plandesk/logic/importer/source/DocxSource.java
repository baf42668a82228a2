package vn.plandesk.logic.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * A Word .docx: paragraphs and tables in document order. Runs in a TCVN3 or VNI font are
 * converted to Unicode run by run; a document that names no legacy font but reads like one is
 * converted as a whole.
 */
final class DocxSource {

    private DocxSource() {
    }

    static SourceDocument read(String name, InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            Reader reader = new Reader(doc);
            List<SourceDocument.Block> blocks = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    blocks.add(new SourceDocument.Paragraph(reader.text(p)));
                } else if (element instanceof XWPFTable t) {
                    blocks.add(reader.table(t));
                }
            }
            return Blocks.convertIfLegacy(name, blocks, false, reader.legacySeen);
        }
    }

    private static final class Reader {
        private final XWPFDocument doc;
        private final String defaultFont;
        private LegacyEncoding legacySeen;

        Reader(XWPFDocument doc) {
            this.doc = doc;
            String font = null;
            try {
                CTRPr defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
                font = defaults.sizeOfRFontsArray() > 0 ? defaults.getRFontsArray(0).getAscii() : null;
            } catch (RuntimeException | java.io.IOException | org.apache.xmlbeans.XmlException noDefaults) {
                // a document without default styles simply has no default font
            }
            this.defaultFont = font;
        }

        String text(XWPFParagraph paragraph) {
            String styleFont = styleFont(paragraph.getStyleID());
            StringBuilder out = new StringBuilder();
            for (XWPFRun run : paragraph.getRuns()) {
                String text = run.text();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                String font = run.getFontFamily();
                if (font == null) {
                    font = styleFont != null ? styleFont : defaultFont;
                }
                LegacyEncoding legacy = LegacyEncoding.ofFont(font);
                if (legacy != null) {
                    legacySeen = legacy;
                    text = legacy.toUnicode(text, LegacyEncoding.isCapitalsFont(font));
                }
                out.append(text);
            }
            return out.toString().replace('\t', ' ');
        }

        private String styleFont(String styleId) {
            if (styleId == null || doc.getStyles() == null) {
                return null;
            }
            XWPFStyle style = doc.getStyles().getStyle(styleId);
            for (int depth = 0; style != null && depth < 10; depth++) {
                CTRPr rpr = style.getCTStyle().getRPr();
                if (rpr != null && rpr.sizeOfRFontsArray() > 0) {
                    CTFonts fonts = rpr.getRFontsArray(0);
                    if (fonts.getAscii() != null) {
                        return fonts.getAscii();
                    }
                }
                style = style.getBasisStyleID() == null ? null : doc.getStyles().getStyle(style.getBasisStyleID());
            }
            return null;
        }

        SourceDocument.Table table(XWPFTable table) {
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> lines = new ArrayList<>();
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        lines.add(text(p));
                    }
                    for (XWPFTable nested : cell.getTables()) {
                        for (List<String> nestedRow : table(nested).rows()) {
                            lines.add(String.join(" ", nestedRow));
                        }
                    }
                    cells.add(String.join("\n", lines));
                }
                rows.add(cells);
            }
            return new SourceDocument.Table(rows);
        }
    }
}

package vn.plandesk.logic.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/** An old Word .doc (Word 97-2003) through POI HWPF: paragraphs and tables, legacy fonts converted. */
final class DocSource {

    private static final char OPTIONAL_HYPHEN = '\u001F';
    private static final char SOFT_HYPHEN = '\u00AD';

    private DocSource() {
    }

    static SourceDocument read(String name, InputStream in) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(in)) {
            Range range = doc.getRange();
            List<SourceDocument.Block> blocks = new ArrayList<>();
            LegacyEncoding[] seen = new LegacyEncoding[1];
            int count = range.numParagraphs();
            for (int i = 0; i < count; i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    blocks.add(table(table, seen));
                    i += Math.max(0, table.numParagraphs() - 1);
                    continue;
                }
                blocks.add(new SourceDocument.Paragraph(text(paragraph, seen)));
            }
            return Blocks.convertIfLegacy(name, blocks, false, seen[0]);
        }
    }

    private static SourceDocument.Table table(Table table, LegacyEncoding[] seen) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                List<String> lines = new ArrayList<>();
                for (int p = 0; p < cell.numParagraphs(); p++) {
                    lines.add(text(cell.getParagraph(p), seen));
                }
                cells.add(String.join("\n", lines).strip());
            }
            rows.add(cells);
        }
        return new SourceDocument.Table(rows);
    }

    private static String text(Range paragraph, LegacyEncoding[] seen) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraph.numCharacterRuns(); i++) {
            CharacterRun run = paragraph.getCharacterRun(i);
            String text = run.text();
            LegacyEncoding legacy = LegacyEncoding.ofFont(run.getFontName());
            if (legacy != null) {
                seen[0] = legacy;
                // TCVN3 writes "ư" as byte 0xAD, the soft hyphen, which a .doc stores as its optional-hyphen mark 0x1F
                text = text.replace(OPTIONAL_HYPHEN, SOFT_HYPHEN);
                text = legacy.toUnicode(text, LegacyEncoding.isCapitalsFont(run.getFontName()));
            }
            out.append(text);
        }
        return clean(out.toString());
    }

    /** Drops field codes ({@code \u0013 code \u0014 result \u0015} keeps the result) and control marks. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inCode = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0013') {
                inCode = true;
            } else if (c == '\u0014' || c == '\u0015') {
                inCode = false;
            } else if (!inCode) {
                if (c == '\u000B' || c == '\t') {
                    out.append(' ');
                } else if (c >= ' ' || c == '\n') {
                    out.append(c);
                }
            }
        }
        return out.toString().strip();
    }
}

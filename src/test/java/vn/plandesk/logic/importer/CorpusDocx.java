package vn.plandesk.logic.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.plandesk.logic.importer.source.SourceDocument;
import vn.plandesk.logic.importer.source.TextSource;

/**
 * Makes a Word document from a corpus text, as the office's Word file would have been: the text's
 * broken lines joined into paragraphs, {@code **bold**} and {@code *italic*} as formatted runs, and
 * the tables as real Word tables. Run {@code main} with the corpus folder to write the .docx files
 * beside the texts.
 */
final class CorpusDocx {

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|\\*");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");

    private CorpusDocx() {
    }

    public static void main(String[] args) throws IOException {
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path text : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Path docx = text.resolveSibling(text.getFileName().toString().replaceFirst("\\.txt$", ".docx"));
                write(text, docx);
                System.out.println(docx);
            }
        }
    }

    static void write(Path text, Path docx) throws IOException {
        SourceDocument source = TextSource.read(text.getFileName().toString(), Files.readAllBytes(text));
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            List<String> paragraph = new ArrayList<>();
            for (SourceDocument.Block block : source.blocks()) {
                if (block instanceof SourceDocument.Paragraph p && !p.text().isBlank()) {
                    paragraph.add(p.text().strip());
                    continue;
                }
                flush(paragraph, doc.createParagraph());
                if (block instanceof SourceDocument.Table t && !t.rows().isEmpty()) {
                    table(t, doc);
                }
            }
            flush(paragraph, doc.createParagraph());
            doc.write(out);
        }
    }

    private static void table(SourceDocument.Table source, XWPFDocument doc) {
        int columns = source.rows().stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = doc.createTable(source.rows().size(), columns);
        for (int r = 0; r < source.rows().size(); r++) {
            List<String> cells = source.rows().get(r);
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < cells.size(); c++) {
                var cell = row.getCell(c);
                List<String> paragraphs = cellParagraphs(cells.get(c));
                for (int i = 0; i < paragraphs.size(); i++) {
                    XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                    runs(paragraphs.get(i), p);
                }
            }
        }
    }

    /**
     * A cell's lines as Word paragraphs: a line that opens its own emphasis or is a drawn rule
     * starts a paragraph (the two-line names of a header block); other lines continue the one
     * before, as the converter broke them.
     */
    private static List<String> cellParagraphs(String cell) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : cell.split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            String previous = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            boolean starts = previous == null || s.matches("^[-_]{3,}$") || previous.matches("^[-_]{3,}$")
                    || s.startsWith("*") && balanced(previous) || s.startsWith("-") || previous.endsWith(";")
                    || previous.endsWith(".") || previous.endsWith(":");
            if (starts) {
                paragraphs.add(s);
            } else {
                paragraphs.set(paragraphs.size() - 1, previous + " " + s);
            }
        }
        return paragraphs;
    }

    private static boolean balanced(String text) {
        Matcher m = EMPHASIS.matcher(text);
        int bold = 0;
        int italic = 0;
        while (m.find()) {
            if (m.group().length() == 2) {
                bold++;
            } else {
                italic++;
            }
        }
        return bold % 2 == 0 && italic % 2 == 0;
    }

    private static void flush(List<String> lines, XWPFParagraph paragraph) {
        runs(String.join(" ", lines), paragraph);
        lines.clear();
    }

    /** The text's emphasis marks as bold and italic runs; a markdown heading as a bold paragraph. */
    private static void runs(String text, XWPFParagraph paragraph) {
        boolean heading = HEADING.matcher(text).find();
        String body = HEADING.matcher(text).replaceFirst("");
        boolean bold = false;
        boolean italic = false;
        Matcher m = EMPHASIS.matcher(body);
        int from = 0;
        while (m.find()) {
            run(paragraph, body.substring(from, m.start()), bold || heading, italic);
            if (m.group().length() == 2) {
                bold = !bold;
            } else {
                italic = !italic;
            }
            from = m.end();
        }
        run(paragraph, body.substring(from), bold || heading, italic);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text.replace("\\-", "-").replace("\\.", "."));
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily("Times New Roman");
    }

}

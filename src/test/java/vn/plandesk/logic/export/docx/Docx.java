package vn.plandesk.logic.export.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.model.Plan;

/** A plan written as .docx and opened again with POI, the way a test reads it. */
final class Docx {
    private Docx() {
    }

    static XWPFDocument write(Plan plan, DocxOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanDocxWriter().write(plan, options, out, ExportProgress.NONE);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The texts of the body's own paragraphs (outside tables), in order, blank ones left out. */
    static List<String> paragraphs(XWPFDocument doc) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
                texts.add(p.getText());
            }
        }
        return texts;
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph '" + text + "' in " + paragraphs(doc)));
    }

    /** Every section's properties in document order: those inside paragraphs, then the body's last one. */
    static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(doc.getDocument().getBody().getSectPr());
        return sections;
    }

    static List<String> cellLines(XWPFTable table, int row, int col) {
        return table.getRow(row).getCell(col).getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
    }
}

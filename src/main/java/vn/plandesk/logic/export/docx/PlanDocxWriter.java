package vn.plandesk.logic.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.TimesWidths;
import vn.plandesk.logic.export.Numbering;
import vn.plandesk.model.Plan;

/**
 * Writes a plan as a Word document a records clerk can print and sign as it is (Decree 30/2020/NĐ-CP,
 * Appendix I; see shared/reference/vn-document-format.md): the header block, the document type and
 * subject, the legal bases, the numbered body ({@link BodyOutline}), the signature block beside the
 * recipients, and the assignment table as a landscape appendix numbered on its own.
 */
public final class PlanDocxWriter {
    private static final int TABLE_POINTS = 12;

    /** Writes {@code plan} to {@code out}; {@code progress} hears of every table row written. */
    public void write(Plan plan, DocxOptions options, OutputStream out, ExportProgress progress) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxKit.styles(doc, options.bodyPoints(), TABLE_POINTS);
            boolean appendix = options.appendixOnly() || !plan.phases().isEmpty();
            CTSectPr mainSection = null;
            if (!options.appendixOnly()) {
                DocxFrame frame = new DocxFrame(doc, options);
                frame.header(plan);
                title(doc, plan, options);
                legalBases(doc, plan.legalBases());
                body(doc, BodyOutline.of(plan, appendix));
                frame.signature(plan);
                if (appendix) {
                    mainSection = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
                    DocxKit.page(mainSection, false, false);
                }
            }
            CTSectPr last = doc.getDocument().getBody().isSetSectPr()
                    ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
            if (appendix) {
                new DocxAppendix(doc, options).write(plan, progress);
            }
            DocxKit.page(last, appendix, appendix);
            if (mainSection != null) {
                DocxKit.pageNumbers(doc, mainSection);
            } else {
                DocxKit.pageNumbers(doc);
            }
            doc.write(out);
        }
    }

    /** "KẾ HOẠCH" and the subject, bold and centred, with a short rule under them. */
    private static void title(XWPFDocument doc, Plan plan, DocxOptions options) {
        XWPFParagraph type = doc.createParagraph();
        DocxKit.centred(type);
        DocxKit.spacing(type, 360, 0);
        DocxKit.run(type, DocumentParts.upper(plan.type().title()), true, false, 14);
        XWPFParagraph subject = doc.createParagraph();
        DocxKit.centred(subject);
        String text = options.subjectInCapitals() ? DocumentParts.upper(plan.subject()) : plan.subject();
        DocxKit.run(subject, text, true, false, 14);
        int width = Math.min(TimesWidths.twips(text, 14, true), DocxKit.PORTRAIT_TEXT_WIDTH);
        DocxKit.rule(doc.createParagraph(), Math.max(DocxKit.mm(30), width / 3), DocxKit.PORTRAIT_TEXT_WIDTH);
        XWPFParagraph gap = doc.createParagraph();
        DocxKit.spacing(gap, 0, 120);
    }

    /** "Căn cứ ...": italic, one per line ending ";", the last ending "." (or ":" where it leads in). */
    private static void legalBases(XWPFDocument doc, List<String> bases) {
        for (int i = 0; i < bases.size(); i++) {
            XWPFParagraph p = bodyParagraph(doc);
            DocxKit.run(p, DocumentParts.ending(bases.get(i), i == bases.size() - 1), false, true, 0);
        }
    }

    private static void body(XWPFDocument doc, List<BodyOutline.Section> sections) {
        XWPFRun last = null;
        int sectionNo = 0;
        for (BodyOutline.Section section : sections) {
            sectionNo++;
            heading(doc, Numbering.roman(sectionNo) + ". " + DocumentParts.upper(section.heading()));
            for (String paragraph : section.paragraphs()) {
                last = DocxKit.run(bodyParagraph(doc), paragraph, false, false, 0);
            }
            int clauseNo = 0;
            for (BodyOutline.Clause clause : section.clauses()) {
                clauseNo++;
                last = clause(doc, clause, String.valueOf(clauseNo), last);
            }
        }
        if (last != null) {
            last.setText(DocumentParts.finalSentence(last.getText(0)), 0);
        }
    }

    private static XWPFRun clause(XWPFDocument doc, BodyOutline.Clause clause, String number, XWPFRun last) {
        XWPFRun written = last;
        if (clause.heading() == null) {
            for (String paragraph : clause.paragraphs()) {
                written = DocxKit.run(bodyParagraph(doc), number + ". " + DocumentParts.ending(paragraph, true), false, false, 0);
            }
            return written;
        }
        heading(doc, number + ". " + clause.heading());
        for (String paragraph : clause.paragraphs()) {
            written = DocxKit.run(bodyParagraph(doc), paragraph, false, false, 0);
        }
        List<String> points = clause.points();
        boolean lettered = points.size() <= Numbering.pointLetterCount();
        for (int i = 0; i < points.size(); i++) {
            // A single point is no list; past the 23 letters a list goes on with dashes.
            String marker = points.size() == 1 ? "" : lettered ? Numbering.pointLetter(i) + ") " : "- ";
            written = DocxKit.run(bodyParagraph(doc), marker + DocumentParts.ending(points.get(i), i == points.size() - 1),
                    false, false, 0);
        }
        int subNo = 0;
        for (BodyOutline.Clause sub : clause.subClauses()) {
            subNo++;
            written = clause(doc, sub, number + "." + subNo, written);
        }
        return written;
    }

    /** A numbered heading kept with the paragraph after it, so it never ends a page alone. */
    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = bodyParagraph(doc);
        p.getCTP().getPPr().addNewKeepNext();
        DocxKit.run(p, text, true, false, 0);
    }

    private static XWPFParagraph bodyParagraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxKit.BODY_STYLE);
        return p;
    }
}

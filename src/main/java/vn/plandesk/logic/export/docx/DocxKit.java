package vn.plandesk.logic.export.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The page and paragraph settings of an administrative document (Decree 30/2020/NĐ-CP, Appendix I)
 * written with Apache POI: A4, margins 20/20/30/15 mm, Times New Roman in black, rules drawn as
 * paragraph borders (no floating shapes, so they move with the text).
 */
final class DocxKit {
    static final String FONT = "Times New Roman";
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    /** The page number sits in the top margin, 10 mm from the edge. */
    static final int HEADER_DISTANCE = mm(10);
    static final int PORTRAIT_TEXT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
    static final int LANDSCAPE_TEXT_WIDTH = A4_LONG - MARGIN_LEFT - MARGIN_RIGHT;
    static final int FIRST_LINE_INDENT = mm(10);
    /** The paragraph style of body text and of table text, named so a clerk recognises them in Word. */
    static final String BODY_STYLE = "VanBan";
    static final String TABLE_STYLE = "BangBieu";
    private static final int RULE_LINE = 100;

    private DocxKit() {
    }

    /** Millimetres to twips (1/1440 inch). */
    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    /**
     * Document defaults: Times New Roman, black, Vietnamese, {@code bodyPoints}; single spacing with
     * no space after unless a style says otherwise. Body text: justified, 1 cm first-line indent,
     * 6 pt after, 1.15 lines. Table text: 12-13 pt single spacing.
     */
    static void styles(XWPFDocument doc, int bodyPoints, int tablePoints) {
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(bodyPoints * 2L));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(bodyPoints * 2L));
        defaults.addNewColor().setVal("000000");
        defaults.addNewLang().setVal("vi-VN");
        CTSpacing normalSpacing = ct.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing();
        normalSpacing.setAfter(BigInteger.ZERO);
        normalSpacing.setBefore(BigInteger.ZERO);
        normalSpacing.setLine(BigInteger.valueOf(240));
        normalSpacing.setLineRule(STLineSpacingRule.AUTO);

        CTStyle normal = ct.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");

        CTStyle body = paragraphStyle(ct, BODY_STYLE, "Văn bản");
        CTPPrGeneral bodyPPr = body.addNewPPr();
        bodyPPr.addNewJc().setVal(STJc.BOTH);
        bodyPPr.addNewInd().setFirstLine(BigInteger.valueOf(FIRST_LINE_INDENT));
        CTSpacing bodySpacing = bodyPPr.addNewSpacing();
        bodySpacing.setBefore(BigInteger.ZERO);
        bodySpacing.setAfter(BigInteger.valueOf(120));
        bodySpacing.setLine(BigInteger.valueOf(276));
        bodySpacing.setLineRule(STLineSpacingRule.AUTO);

        CTStyle table = paragraphStyle(ct, TABLE_STYLE, "Bảng biểu");
        CTSpacing tableSpacing = table.addNewPPr().addNewSpacing();
        tableSpacing.setBefore(BigInteger.valueOf(20));
        tableSpacing.setAfter(BigInteger.valueOf(20));
        CTRPr tableRun = table.addNewRPr();
        tableRun.addNewSz().setVal(BigInteger.valueOf(tablePoints * 2L));
        tableRun.addNewSzCs().setVal(BigInteger.valueOf(tablePoints * 2L));

        XWPFStyles styles = doc.createStyles();
        styles.setStyles(ct);
    }

    private static CTStyle paragraphStyle(CTStyles ct, String id, String name) {
        CTStyle style = ct.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewQFormat();
        return style;
    }

    /**
     * A4 page of a section with the decree's margins; the number on its first page is hidden
     * (different first page) and {@code restartNumbering} starts the section again at 1.
     */
    static void page(CTSectPr sect, boolean landscape, boolean restartNumbering) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        if (restartNumbering) {
            sect.addNewPgNumType().setStart(BigInteger.ONE);
        }
        sect.addNewTitlePg();
    }

    /**
     * Page numbers centred in the top margin from page 2 on: a default header holding a PAGE field and
     * an empty first-page header. They are attached to the document's last section; {@code others}
     * refer to the same headers.
     */
    static void pageNumbers(XWPFDocument doc, CTSectPr... others) {
        XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = numbered.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR number = field.addNewR();
        number.addNewT().setStringValue("2");
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        CTSectPr last = doc.getDocument().getBody().getSectPr();
        for (CTSectPr other : others) {
            for (CTHdrFtrRef ref : last.getHeaderReferenceList()) {
                other.addNewHeaderReference().set(ref.copy());
            }
        }
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, double points) {
        XWPFRun r = p.createRun();
        if (bold) {
            r.setBold(true);
        }
        if (italic) {
            r.setItalic(true);
        }
        if (points > 0) {
            r.setFontSize(points);
        }
        r.setText(text);
        return r;
    }

    static void centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
    }

    static void spacing(XWPFParagraph p, int beforeTwips, int afterTwips) {
        p.setSpacingBefore(beforeTwips);
        p.setSpacingAfter(afterTwips);
    }

    /**
     * Makes {@code p} (an empty paragraph) a solid rule {@code length} twips long, centred in
     * {@code available} twips: a bottom border between indents, on a line 5 pt high so it clears the
     * descenders of the text above.
     */
    static void rule(XWPFParagraph p, int length, int available) {
        int side = Math.max(0, (available - length) / 2);
        CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTBorder bottom = pPr.addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(6));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setIndentationFirstLine(0);
        CTSpacing s = pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
        s.setBefore(BigInteger.ZERO);
        s.setAfter(BigInteger.ZERO);
        s.setLine(BigInteger.valueOf(RULE_LINE));
        s.setLineRule(STLineSpacingRule.EXACT);
    }

    /** A table of fixed column widths in twips; {@code borders} draws black single lines. */
    static void layout(XWPFTable table, boolean borders, int... widths) {
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        pr.addNewTblW().setW(BigInteger.valueOf(total));
        pr.getTblW().setType(STTblWidth.DXA);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders b = pr.addNewTblBorders();
        STBorder.Enum kind = borders ? STBorder.SINGLE : STBorder.NONE;
        for (CTBorder edge : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
            b.addNewInsideH(), b.addNewInsideV()}) {
            edge.setVal(kind);
            edge.setSz(BigInteger.valueOf(borders ? 4 : 0));
            edge.setSpace(BigInteger.ZERO);
            edge.setColor("000000");
        }
        CTTblGrid grid = CTTblGrid.Factory.newInstance();
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        ct.setTblGrid(grid);
    }

    static void width(XWPFTableCell cell, int twips) {
        cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(twips));
        cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
    }
}

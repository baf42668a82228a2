package vn.plandesk.logic.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.export.TimesWidths;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.testing.PlanGenerator;

/** The Bắc Giang sample plan as Word, reopened and read the way a records clerk checks it. */
class PlanDocxWriterTest {
    private static final Plan BAC_GIANG = SamplePlans.plans().get(0);
    private static final Plan LANG_SON = SamplePlans.plans().get(1);

    private static int twips(Object value) {
        return Integer.parseInt(String.valueOf(value));
    }

    @Test
    void pagesAreA4WithTheDecreesMarginsAndTheAppendixIsLandscapeNumberedOnItsOwn() throws Exception {
        XWPFDocument doc = Docx.write(BAC_GIANG, DocxOptions.standard());
        List<CTSectPr> sections = Docx.sections(doc);
        assertEquals(2, sections.size());
        CTSectPr plan = sections.get(0);
        assertEquals(11906, twips(plan.getPgSz().getW()));
        assertEquals(16838, twips(plan.getPgSz().getH()));
        CTSectPr appendix = sections.get(1);
        assertEquals(16838, twips(appendix.getPgSz().getW()));
        assertEquals(11906, twips(appendix.getPgSz().getH()));
        assertEquals(STPageOrientation.LANDSCAPE, appendix.getPgSz().getOrient());
        assertEquals(1, twips(appendix.getPgNumType().getStart()), "the appendix counts its pages from 1");
        for (CTSectPr s : sections) {
            assertEquals(1134, twips(s.getPgMar().getTop()), "top 20 mm");
            assertEquals(1134, twips(s.getPgMar().getBottom()), "bottom 20 mm");
            assertEquals(1701, twips(s.getPgMar().getLeft()), "left 30 mm");
            assertEquals(850, twips(s.getPgMar().getRight()), "right 15 mm");
            assertNotNull(s.getTitlePg(), "different first page");
        }
    }

    @Test
    void pageNumbersAreAPageFieldCentredAtTheTopFromPageTwo() throws Exception {
        XWPFDocument doc = Docx.write(BAC_GIANG, DocxOptions.standard());
        for (CTSectPr s : Docx.sections(doc)) {
            List<STHdrFtr.Enum> kinds = new ArrayList<>();
            for (CTHdrFtrRef ref : s.getHeaderReferenceList()) {
                kinds.add(ref.getType());
                XWPFHeader header = (XWPFHeader) doc.getRelationById(ref.getId());
                XWPFParagraph p = header.getParagraphs().get(0);
                if (ref.getType() == STHdrFtr.DEFAULT) {
                    assertEquals("PAGE", p.getCTP().getFldSimpleArray(0).getInstr().strip());
                    assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER, p.getAlignment());
                } else {
                    assertTrue(header.getText().isBlank(), "no number on the first page");
                }
            }
            assertTrue(kinds.contains(STHdrFtr.DEFAULT) && kinds.contains(STHdrFtr.FIRST), kinds.toString());
        }
        assertTrue(doc.getFooterList().isEmpty());
    }

    @Test
    void everythingIsTimesNewRomanInBlackWith14PointBodyText() throws Exception {
        XWPFDocument doc = Docx.write(BAC_GIANG, DocxOptions.standard());
        CTRPr defaults = doc.getStyles().getDefaultRunStyle().getRPr();
        assertEquals("Times New Roman", defaults.getRFontsArray(0).getAscii());
        assertEquals("Times New Roman", defaults.getRFontsArray(0).getHAnsi());
        assertEquals("000000", defaults.getColorArray(0).xgetVal().getStringValue());
        assertEquals(14.0, doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble());
        var body = doc.getStyles().getStyle(DocxKit.BODY_STYLE).getCTStyle().getPPr();
        assertEquals("both", body.getJc().getVal().toString(), "justified");
        assertEquals(567, twips(body.getInd().getFirstLine()), "1 cm first-line indent");
        assertTrue(twips(body.getSpacing().getAfter()) >= 120, "at least 6 pt after");
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                assertNull(r.getFontFamily(), "no run names another font: " + r.text());
                assertNull(r.getColor(), "black only");
            }
        }
        Plan plan13 = BAC_GIANG;
        assertEquals(13.0, Docx.write(plan13, DocxOptions.standard().withBodyPoints(13)).getStyles().getDefaultRunStyle()
                .getFontSizeAsDouble());
    }

    @Test
    void headerBlockHasTheIssuerNumberNationalTitleMottoAndDateLine() throws Exception {
        XWPFDocument doc = Docx.write(BAC_GIANG, DocxOptions.standard());
        XWPFTable header = doc.getTables().get(0);
        assertEquals(List.of("SỞ KHOA HỌC VÀ CÔNG NGHỆ BẮC GIANG"), Docx.cellLines(header, 0, 0));
        assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), Docx.cellLines(header, 0, 1));
        assertEquals(List.of("Số: 25/KH-KHCN"), Docx.cellLines(header, 1, 0));
        assertEquals(List.of("Bắc Giang, ngày 25 tháng 02 năm 2019"), Docx.cellLines(header, 1, 1));

        XWPFParagraph issuer = header.getRow(0).getCell(0).getParagraphs().get(0);
        assertTrue(issuer.getRuns().get(0).isBold());
        XWPFParagraph nation = header.getRow(0).getCell(1).getParagraphs().get(0);
        assertTrue(nation.getRuns().get(0).isBold());
        assertEquals(13.0, nation.getRuns().get(0).getFontSizeAsDouble());
        XWPFParagraph motto = header.getRow(0).getCell(1).getParagraphs().get(1);
        assertTrue(motto.getRuns().get(0).isBold());
        assertEquals(14.0, motto.getRuns().get(0).getFontSizeAsDouble());
        XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
        assertTrue(date.getRuns().get(0).isItalic());

        XWPFParagraph mottoRule = header.getRow(0).getCell(1).getParagraphs().get(2);
        assertNotNull(mottoRule.getCTP().getPPr().getPBdr().getBottom(), "the motto has its rule");
        int cellText = DocxFrame.HEADER_RIGHT - 216;
        int ruleLength = cellText - mottoRule.getIndentationLeft() - mottoRule.getIndentationRight();
        int motto14Bold = TimesWidths.twips("Độc lập - Tự do - Hạnh phúc", 14, true);
        assertTrue(Math.abs(ruleLength - motto14Bold) <= 2, ruleLength + " vs " + motto14Bold);
        XWPFParagraph issuerRule = header.getRow(0).getCell(0).getParagraphs().get(1);
        assertNotNull(issuerRule.getCTP().getPPr().getPBdr().getBottom(), "the issuing body has its short rule");
        assertTrue(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString().equals("none"), "no borders");
    }

    @Test
    void aDraftLeavesTheNumberDayAndMonthBlank() throws Exception {
        XWPFTable header = Docx.write(BAC_GIANG, DocxOptions.standard().withDraft(true)).getTables().get(0);
        String number = Docx.cellLines(header, 1, 0).get(0);
        assertTrue(number.matches("Số: +/KH-KHCN"), number);
        String date = Docx.cellLines(header, 1, 1).get(0);
        assertTrue(date.matches("Bắc Giang, ngày \\u00a0+ tháng \\u00a0+ năm 2019"), date);
    }

    @Test
    void titleSubjectAndBodyAreNumberedTheDecreesWayAndEndWithTheClosingMark() throws Exception {
        XWPFDocument doc = Docx.write(BAC_GIANG, DocxOptions.standard());
        List<String> texts = Docx.paragraphs(doc);
        assertEquals("KẾ HOẠCH", texts.get(0));
        assertEquals(BAC_GIANG.subject(), texts.get(1));
        assertTrue(Docx.paragraph(doc, BAC_GIANG.subject()).getRuns().get(0).isBold());
        int schedule = texts.indexOf("I. NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN");
        assertTrue(schedule > 1, texts.toString());
        assertEquals(BodyOutline.SEE_APPENDIX, texts.get(schedule + 1));
        assertEquals("1. Thành lập Tổ biên tập; thu thập, nghiên cứu văn bản (Từ ngày 01/3 đến ngày 31/3/2019)", texts.get(schedule + 2));
        assertTrue(texts.get(schedule + 3).startsWith("a) Thành lập Tổ biên tập"), texts.get(schedule + 3));
        assertTrue(texts.get(schedule + 4).startsWith("b) Tổ chức thu tập"), texts.get(schedule + 4));
        assertTrue(texts.contains("II. TỔ CHỨC THỰC HIỆN"), texts.toString());
        List<String> closing = texts.stream().filter(t -> t.contains("./.")).toList();
        assertEquals(List.of("4. Văn phòng sở, các phòng, đơn vị thực hiện tốt công tác chuẩn bị, phối hợp thực hiện Kế hoạch này./."),
                closing);
        assertTrue(Docx.paragraph(doc, "II. TỔ CHỨC THỰC HIỆN").getRuns().get(0).isBold());

        List<String> capitals = Docx.paragraphs(Docx.write(BAC_GIANG, DocxOptions.standard().withSubjectInCapitals(true)));
        assertEquals(DocumentParts.upper(BAC_GIANG.subject()), capitals.get(1));
    }

    @Test
    void signatureAndRecipientsSitSideBySideWithTheArchiveLineLast() throws Exception {
        XWPFDocument doc = Docx.write(BAC_GIANG, DocxOptions.standard());
        XWPFTable signature = doc.getTables().get(1);
        assertEquals(1, signature.getNumberOfRows());
        List<String> recipients = Docx.cellLines(signature, 0, 0);
        assertEquals("Nơi nhận:", recipients.get(0));
        XWPFRun label = signature.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
        assertTrue(label.isBold() && label.isItalic());
        assertEquals(12.0, label.getFontSizeAsDouble());
        assertEquals("- PCT UBND tỉnh Dương Văn Thái (b/cáo);", recipients.get(1));
        assertEquals("- Lưu: VT, QLCN.", recipients.get(recipients.size() - 1));
        assertEquals(11.0, signature.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble());
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Phúc Thương"), Docx.cellLines(signature, 0, 1));
        assertTrue(signature.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold());

        List<String> langSon = Docx.cellLines(Docx.write(LANG_SON, DocxOptions.standard()).getTables().get(1), 0, 1);
        assertEquals(List.of("GIÁM ĐỐC", "Nguyễn Hữu Chiến"), langSon);
    }

    @Test
    void appendixTableHasEveryTaskInOrderWithItsUnitsRepeatedHeaderAndUnsplitRows() throws Exception {
        Plan plan = PlanGenerator.plan(120, 7);
        XWPFDocument doc = Docx.write(plan, DocxOptions.standard());
        assertTrue(Docx.paragraphs(doc).contains("Phụ lục"));
        assertTrue(Docx.paragraphs(doc).contains("(Kèm theo Kế hoạch số 15/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lạng Sơn)"));
        XWPFTable table = doc.getTables().get(doc.getTables().size() - 1);
        XWPFTableRow head = table.getRow(0);
        assertTrue(head.isRepeatHeader(), "header row repeated on every page (w:tblHeader)");
        assertEquals(List.of("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm",
                "Ghi chú"), head.getTableCells().stream().map(c -> c.getText()).toList());
        List<Task> tasks = plan.allTasks();
        int taskIndex = 0;
        int groups = 0;
        for (int r = 1; r < table.getNumberOfRows(); r++) {
            XWPFTableRow row = table.getRow(r);
            assertTrue(row.isCantSplitRow(), "row " + r + " may not break across pages");
            if (row.getTableCells().size() == 2) {
                groups++;
                assertTrue(row.getCell(1).getParagraphs().get(0).getRuns().get(0).isBold(), "phase rows are bold");
                assertEquals(6, row.getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue());
                continue;
            }
            Task task = tasks.get(taskIndex++);
            assertEquals(task.content(), row.getCell(1).getText());
            assertEquals(task.lead().stream().map(u -> u.name()).toList(), Docx.cellLines(table, r, 2));
            assertEquals(task.support().stream().map(u -> u.name()).toList(), Docx.cellLines(table, r, 3));
            assertEquals(task.deadline().raw(), row.getCell(4).getText(), "deadline words as written");
        }
        assertEquals(tasks.size(), taskIndex);
        assertEquals(plan.phases().size(), groups);
    }

    @Test
    void appendixOnlyIsOneLandscapeSectionWithoutHeaderBlockOrSignature() throws Exception {
        XWPFDocument doc = Docx.write(BAC_GIANG, DocxOptions.standard().withAppendixOnly(true));
        List<CTSectPr> sections = Docx.sections(doc);
        assertEquals(1, sections.size());
        assertEquals(STPageOrientation.LANDSCAPE, sections.get(0).getPgSz().getOrient());
        assertEquals(1, doc.getTables().size());
        assertEquals("Phụ lục", Docx.paragraphs(doc).get(0));
        assertFalse(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("CỘNG HÒA")));
        assertEquals(BAC_GIANG.taskCount() + BAC_GIANG.phases().size() + 1, doc.getTables().get(0).getNumberOfRows());
    }

    @Test
    void longPhasesGoOnWithDashesAfterTheTwentyThreeVietnameseLetters() throws Exception {
        Plan plan = PlanGenerator.plan(400, 3);
        List<String> texts = Docx.paragraphs(Docx.write(plan, DocxOptions.standard()));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("đ) ")), "đ is a point letter");
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("f) ") || t.startsWith("ă) ")));
        int longest = plan.phases().stream().mapToInt(p -> p.tasks().size()).max().orElseThrow();
        assertTrue(longest > 23);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("- ")));
    }
}

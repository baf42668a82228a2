package vn.plandesk.logic.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.JUSTICE;
import static vn.plandesk.logic.followup.FollowUpPlans.continuous;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.extended;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.followup.FollowUpPlans;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.ReportScope;
import vn.plandesk.logic.report.UrgingLetters;
import vn.plandesk.model.Authority;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Signer;

/** The report and an urging letter as Word, reopened and checked the way the plan export's Decree 30 checks read it. */
class ReportDocumentsDocxTest {
    private static final Plan PLAN = withSigner(FollowUpPlans.plan(1, "15/KH-UBND", day(2026, 1, 10),
            task(1, "Đúng hạn", day(2026, 2, 10), day(2026, 2, 5), FINANCE),
            task(2, "Xong muộn", day(2026, 1, 31), day(2026, 2, 3), FINANCE),
            task(3, "Hai đơn vị chủ trì, quá hạn", day(2026, 3, 1), null, HOME_AFFAIRS, FINANCE),
            extended(task(4, "Gia hạn rồi vẫn quá hạn", day(2026, 1, 20), null, JUSTICE), day(2026, 2, 20), day(2026, 1, 15)),
            task(5, "Tuyên truyền thường xuyên", continuous(), null, JUSTICE)));
    private static final ReportPeriod Q1 = ReportPeriod.quarter(2026, 1, ReportPeriod.DEFAULT_CUT_OFF_DAY);

    private static Plan withSigner(Plan plan) {
        return new Plan(plan.id(), plan.version(), plan.type(), plan.numberAndSymbol(), plan.governingBody(), plan.issuer(), plan.place(),
                plan.issuedOn(), plan.subject(), plan.legalBases(), plan.sections(), plan.phases(),
                new Signer(Authority.KT, "PHÓ CHỦ TỊCH", "Nguyễn Văn An"),
                List.of(Recipient.parse("Thường trực Tỉnh ủy (b/c)"), Recipient.parse("Lưu: VT, KGVX")), plan.status(), plan.source(),
                plan.notes(), plan.participants(), plan.sourceDeadlines());
    }

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    private static XWPFDocument report() throws Exception {
        ProgressReport report = ProgressReport.build(List.of(PLAN), Q1, ReportScope.ALL, day(2026, 3, 20));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProgressReportDocxWriter().write(report, out, ExportProgress.NONE);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static XWPFDocument letter(String unit) throws Exception {
        UrgingLetters letters = UrgingLetters.build(List.of(PLAN), day(2026, 3, 20), 7, day(2026, 3, 31), null);
        UrgingLetters.Letter letter = letters.letters().stream().filter(l -> l.unitName().equals(unit)).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UrgingLetterDocxWriter().write(letters, letter, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static int twips(Object value) {
        return Integer.parseInt(String.valueOf(value));
    }

    @Test
    void bothAreA4TimesNewRomanInBlackWithTheDecreesMarginsAndNumbersFromPageTwo() throws Exception {
        for (XWPFDocument doc : List.of(report(), letter(FINANCE))) {
            assertEquals("Times New Roman", doc.getStyles().getDefaultRunStyle().getRPr().getRFontsArray(0).getAscii());
            assertEquals(14.0, doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble());
            for (CTSectPr s : Docx.sections(doc)) {
                assertEquals(1134, twips(s.getPgMar().getTop()));
                assertEquals(1134, twips(s.getPgMar().getBottom()));
                assertEquals(1701, twips(s.getPgMar().getLeft()));
                assertEquals(850, twips(s.getPgMar().getRight()));
                assertNotNull(s.getTitlePg(), "no number on the first page");
                assertEquals(2, s.getHeaderReferenceList().size());
            }
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertNull(r.getFontFamily(), r.text());
                    assertNull(r.getColor(), "black only");
                }
            }
        }
    }

    @Test
    void theReportHasItsHeaderBlockTypeLineSummaryAndSignatureWithDayAndMonthBlank() throws Exception {
        XWPFDocument doc = report();
        XWPFTable header = doc.getTables().get(0);
        assertEquals(List.of("UBND TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"), Docx.cellLines(header, 0, 0));
        assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), Docx.cellLines(header, 0, 1));
        assertTrue(Docx.cellLines(header, 1, 0).get(0).matches("Số: [ \\u00a0]+/BC-UBND"), Docx.cellLines(header, 1, 0).toString());
        assertTrue(Docx.cellLines(header, 1, 1).get(0).matches("Lạng Sơn, ngày \\u00a0+ tháng \\u00a0+ năm 2026"));
        List<String> texts = Docx.paragraphs(doc);
        assertEquals("BÁO CÁO", texts.get(0));
        assertEquals("Kết quả thực hiện nhiệm vụ được giao tại các kế hoạch quý I năm 2026", texts.get(1));
        assertTrue(Docx.paragraph(doc, texts.get(1)).getRuns().get(0).isBold());
        assertTrue(texts.contains("Tổng số nhiệm vụ được giao: 5 nhiệm vụ (trong đó 1 nhiệm vụ không có thời hạn cụ thể, theo dõi riêng); "
                + "số nhiệm vụ đến hạn: 4 nhiệm vụ. Đã hoàn thành: 2 nhiệm vụ (đúng hạn: 1, quá hạn: 1), tỷ lệ hoàn thành đúng hạn đạt "
                + "25,00% số nhiệm vụ đến hạn; chưa hoàn thành: 2 nhiệm vụ (trong hạn: 0, quá hạn: 2)."), texts.toString());
        assertEquals(1, texts.stream().filter(t -> t.endsWith("./.")).count(), "the body closes once with ./.");
        XWPFTable signature = doc.getTables().get(1);
        assertEquals(List.of("Nơi nhận:", "- Lưu: VT, KGVX."), Docx.cellLines(signature, 0, 0));
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"), Docx.cellLines(signature, 0, 1));
    }

    @Test
    void theTablesAreOnLandscapePagesNumberedOnTheirOwnWithRepeatedHeaders() throws Exception {
        XWPFDocument doc = report();
        List<CTSectPr> sections = Docx.sections(doc);
        assertEquals(2, sections.size());
        assertNull(sections.get(0).getPgSz().getOrient());
        assertEquals(STPageOrientation.LANDSCAPE, sections.get(1).getPgSz().getOrient());
        assertEquals(1, twips(sections.get(1).getPgNumType().getStart()));
        List<XWPFTable> tables = doc.getTables();
        XWPFTable units = tables.get(2);
        assertEquals(List.of("Sở Nội vụ"), Docx.cellLines(units, 1, 1));
        assertEquals(List.of("Tổng cộng"), Docx.cellLines(units, units.getNumberOfRows() - 1, 1));
        assertEquals(List.of("25,00%"), Docx.cellLines(units, units.getNumberOfRows() - 1, 9));
        XWPFTable overdue = tables.get(3);
        assertEquals(List.of("Gia hạn rồi vẫn quá hạn"), Docx.cellLines(overdue, 1, 2));
        assertEquals(List.of("20/02/2026 (gia hạn; hạn ban đầu 20/01/2026)"), Docx.cellLines(overdue, 1, 4));
        assertEquals(List.of("22"), Docx.cellLines(overdue, 1, 5));
        XWPFTable undated = tables.get(4);
        assertEquals(List.of("Tuyên truyền thường xuyên"), Docx.cellLines(undated, 1, 2));
        for (XWPFTable t : tables.subList(2, 5)) {
            assertTrue(t.getRow(0).isRepeatHeader());
            assertTrue(t.getRow(1).isCantSplitRow());
        }
        assertTrue(Docx.paragraphs(doc).stream().anyMatch(t -> t.matches("\\(Kèm theo Báo cáo số [ \\u00a0]+/BC-UBND ngày \\u00a0+ tháng \\u00a0+ năm 2026 của Ủy ban nhân dân tỉnh Lạng Sơn\\)")));
    }

    @Test
    void theLetterHasItsSubjectUnderTheNumberKinhGuiItsTasksAndTheReportByDay() throws Exception {
        XWPFDocument doc = letter(FINANCE);
        XWPFTable header = doc.getTables().get(0);
        List<String> left = Docx.cellLines(header, 1, 0);
        assertTrue(left.get(0).matches("Số: \\u00a0+/UBND"), left.toString());
        assertEquals("V/v đôn đốc thực hiện nhiệm vụ", left.get(1));
        assertEquals(12.0, header.getRow(1).getCell(0).getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble());
        List<String> texts = Docx.paragraphs(doc);
        assertEquals(List.of(), texts.stream().filter(t -> t.equals("CÔNG VĂN")).toList(), "a letter has no type line");
        assertEquals("Kính gửi: Sở Tài chính.", texts.get(0));
        XWPFTable tasks = doc.getTables().get(1);
        assertEquals(List.of("Hai đơn vị chủ trì, quá hạn"), Docx.cellLines(tasks, 1, 2));
        assertEquals(List.of("19"), Docx.cellLines(tasks, 1, 4));
        assertTrue(texts.get(texts.size() - 1).endsWith("trước ngày 31/03/2026./."), texts.get(texts.size() - 1));
        List<String> recipients = Docx.cellLines(doc.getTables().get(2), 0, 0);
        assertEquals(List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT, KGVX."), recipients);
    }

    @Test
    void aTaskFallingDueOnTheLettersDayIsDueTodayNotZeroDaysLeft() throws Exception {
        Plan plan = FollowUpPlans.plan(2, "20/KH-UBND", day(2026, 2, 1),
                task(1, "Nộp báo cáo hôm nay", day(2026, 3, 20), null, JUSTICE),
                task(2, "Nộp báo cáo tuần sau", day(2026, 3, 23), null, JUSTICE));
        UrgingLetters letters = UrgingLetters.build(List.of(plan), day(2026, 3, 20), 7, day(2026, 3, 31), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UrgingLetterDocxWriter().write(letters, letters.letters().get(0), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTable tasks = doc.getTables().get(1);
            assertEquals(List.of("Đến hạn hôm nay"), Docx.cellLines(tasks, 1, 4));
            assertEquals(List.of("Còn 3 ngày"), Docx.cellLines(tasks, 2, 4));
        }
    }
}

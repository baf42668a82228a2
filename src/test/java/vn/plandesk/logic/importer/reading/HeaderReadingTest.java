package vn.plandesk.logic.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.importer.source.SourceDocument;
import vn.plandesk.logic.importer.source.TextSource;
import vn.plandesk.model.Authority;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;

/**
 * The header and signature tables of Decree 30/2020/NĐ-CP as converters give them: cells of a text
 * file broken over lines, Word cells whose paragraphs are split differently, and text without
 * diacritics.
 */
class HeaderReadingTest {

    /** The header table of a text file, each cell after a bar line, names and dates broken over lines. */
    private static final String TEXT_HEADER = """
            |
            **ỦY BAN NHÂN
            DÂN**
            THÀNH PHỐ HỒ CHÍ MINH
            -------
            |
            **CỘNG HÒA XÃ
            HỘI CHỦ NGHĨA VIỆT NAM**
            Độc lập - Tự do - Hạnh phúc
            ---------------
            |
            |
            Số:
            2820/KH-UBND
            |
            *Thành phố Hồ Chí
            Minh, ngày 19 tháng 11 năm 2025*
            |

            **KẾ HOẠCH**

            TRIỂN KHAI THỰC HIỆN CHUYỂN ĐỔI SỐ
            TRÊN ĐỊA BÀN THÀNH PHỐ

            I. NHIỆM VỤ
            1. Sở Tài chính chủ trì bố trí kinh phí trong tháng 12/2025.

            |
            Nơi nhận:
            - Thường trực Thành ủy;
            - VP UBND TP:
            + LĐVP, phòng TH;
            - Lưu: VT, TH.
            |
            **TM. ỦY BAN
            NHÂN DÂN**
            **KT. CHỦ TỊCH**
            **PHÓ CHỦ TỊCH**
            **Nguyễn Văn An**
            |

            **PHỤ LỤC**
            DANH MỤC NHIỆM VỤ
            """;

    @Test
    void aTextHeaderTableBrokenOverLinesGivesIssuerNumberPlaceAndDate() {
        Plan plan = read(TEXT_HEADER);
        assertEquals("Ủy ban nhân dân Thành phố Hồ Chí Minh", plan.issuer());
        assertEquals("2820/KH-UBND", plan.numberAndSymbol());
        assertEquals("Thành phố Hồ Chí Minh", plan.place());
        assertEquals(LocalDate.of(2025, 11, 19), plan.issuedOn());
        assertEquals("TRIỂN KHAI THỰC HIỆN CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN THÀNH PHỐ", plan.subject());
    }

    @Test
    void theSignerSignsUnderThePrefixNearestThePositionAndTheBlockEndsWithTheName() {
        Plan plan = read(TEXT_HEADER);
        assertEquals(Authority.KT, plan.signer().authority());
        assertEquals("PHÓ CHỦ TỊCH", plan.signer().position());
        assertEquals("Nguyễn Văn An", plan.signer().name());
        assertEquals(List.of("Thường trực Thành ủy", "VP UBND TP: LĐVP, phòng TH", "VT, TH"),
                plan.recipients().stream().map(Recipient::name).toList());
    }

    @Test
    void withoutDiacriticsTheSameFieldsAreRead() {
        Plan plan = read(java.text.Normalizer.normalize(TEXT_HEADER, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('Đ', 'D').replace('đ', 'd'));
        assertEquals("Uy ban nhan dan Thanh pho Ho Chi Minh", plan.issuer());
        assertEquals("2820/KH-UBND", plan.numberAndSymbol());
        assertEquals("Thanh pho Ho Chi Minh", plan.place());
        assertEquals(LocalDate.of(2025, 11, 19), plan.issuedOn());
        assertEquals("KT.", plan.signer().authority().prefix());
        assertEquals("PHO CHU TICH", plan.signer().position());
        assertEquals("Nguyen Van An", plan.signer().name());
    }

    @Test
    void wordTableCellsWithTheirOwnParagraphsGiveTheSameHeaderAndSigner() {
        List<SourceDocument.Block> blocks = new ArrayList<>();
        blocks.add(new SourceDocument.Table(List.of(
                List.of("THỦ TƯỚNG CHÍNH PHỦ\n--------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n-------"),
                List.of("Số:\n2623/QĐ-TTg", "Hà Nội, ngày 29 tháng 11 năm 2025"))));
        for (String p : List.of("QUYẾT ĐỊNH", "Về việc tổ chức hội nghị", "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ;",
                "QUYẾT ĐỊNH:", "Điều 1. Tổ chức hội nghị trong tháng 12/2025.")) {
            blocks.add(new SourceDocument.Paragraph(p));
        }
        blocks.add(new SourceDocument.Table(List.of(List.of("Nơi nhận:\n- Các bộ;\n- Lưu: VT.", "TM. CHÍNH PHỦ THỦ TƯỚNG\nPhạm Văn Bình"))));
        Plan plan = PlanTextReader.read(new SourceDocument("qd.docx", blocks, false, null)).plan();
        assertEquals("Thủ tướng Chính phủ", plan.issuer());
        assertNull(plan.governingBody());
        assertEquals("2623/QĐ-TTg", plan.numberAndSymbol());
        assertEquals("Hà Nội", plan.place());
        assertEquals("Về việc tổ chức hội nghị", plan.subject());
        assertEquals(Authority.TM, plan.signer().authority());
        assertEquals("THỦ TƯỚNG", plan.signer().position());
        assertEquals("Phạm Văn Bình", plan.signer().name());
    }

    @Test
    void aGoverningBodyAboveTheIssuerStaysApartFromIt() {
        Plan plan = read("""
                UBND TỈNH LẠNG SƠN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ KẾ HOẠCH VÀ                  Độc lập - Tự do - Hạnh phúc
                ĐẦU TƯ

                Số: 12/KH-SKHĐT                 Lạng Sơn, ngày 05 tháng 3 năm 2024

                KẾ HOẠCH
                Kiểm tra doanh nghiệp năm 2024

                I. NHIỆM VỤ
                1. Phòng Đăng ký kinh doanh kiểm tra trong tháng 5/2024.
                """);
        assertEquals("UBND tỉnh Lạng Sơn", plan.governingBody());
        assertEquals("Sở Kế hoạch và Đầu tư", plan.issuer());
        assertEquals("12/KH-SKHĐT", plan.numberAndSymbol());
    }

    @Test
    void aCapitalLostByALegacyFontStillOpensTheSignature() {
        Plan plan = read("""
                KẾ HOẠCH
                Kiểm tra năm 2024

                I. NHIỆM VỤ
                1. Sở Tài chính kiểm tra trong tháng 5/2024.

                Nơi nhận:                         TL. CHủ TỊCH
                - Lưu: VT.                        CHÁNH VĂN PHÒNG

                                                  Trần Văn Bình
                """);
        assertEquals(Authority.TL, plan.signer().authority());
        assertEquals("CHÁNH VĂN PHÒNG", plan.signer().position());
        assertEquals("Trần Văn Bình", plan.signer().name());
    }

    private static Plan read(String text) {
        return PlanTextReader.read(TextSource.fromPaste("van-ban.txt", text)).plan();
    }
}

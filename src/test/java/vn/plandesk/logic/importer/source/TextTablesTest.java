package vn.plandesk.logic.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables that Word-to-text converters write come back as tables, whatever way they were written. */
class TextTablesTest {

    @Test
    void aBarBeforeEachCellWithTwoBarsBetweenRows() {
        String text = String.join("\n", "|", "**ỦY BAN NHÂN", "DÂN TỈNH**", "|", "**CỘNG HÒA**", "|", "|", "Số: 12/KH-UBND",
                "|", "*Hà Nội, ngày 3", "tháng 11 năm 2025*", "|", "", "**KẾ HOẠCH**");
        SourceDocument doc = TextSource.read("x.txt", text.getBytes(StandardCharsets.UTF_8));

        SourceDocument.Table table = assertInstanceOf(SourceDocument.Table.class, doc.blocks().get(0));
        assertEquals(List.of(List.of("**ỦY BAN NHÂN\nDÂN TỈNH**", "**CỘNG HÒA**"),
                List.of("Số: 12/KH-UBND", "*Hà Nội, ngày 3\ntháng 11 năm 2025*")), table.rows());
        // the table ends at the bar before the blank line; the text goes on as paragraphs
        assertEquals(new SourceDocument.Paragraph(""), doc.blocks().get(1));
        assertEquals(new SourceDocument.Paragraph("**KẾ HOẠCH**"), doc.blocks().get(2));
    }

    @Test
    void markdownRowsBrokenOverLinesAndAMissingNumberCell() {
        String text = String.join("\n", "Trước", "", "| TT | Nội dung | Chủ trì | Thời gian |", "|---|---|---|---|",
                "| 1 | Xây dựng kế hoạch | Sở Nội vụ | Quý I/2026 |",
                "| Rà soát các văn bản quy phạm pháp luật | Sở Tư pháp", "| Tháng 3/2026 ||", "", "Sau");
        SourceDocument doc = TextSource.read("x.txt", text.getBytes(StandardCharsets.UTF_8));

        SourceDocument.Table table = assertInstanceOf(SourceDocument.Table.class, doc.blocks().get(2));
        assertEquals(List.of(List.of("TT", "Nội dung", "Chủ trì", "Thời gian"),
                List.of("1", "Xây dựng kế hoạch", "Sở Nội vụ", "Quý I/2026"),
                List.of("", "Rà soát các văn bản quy phạm pháp luật", "Sở Tư pháp", "Tháng 3/2026")), table.rows());
        assertEquals(new SourceDocument.Paragraph("Sau"), doc.blocks().get(doc.blocks().size() - 1));
    }

    @Test
    void aBarInsideASentenceIsText() {
        SourceDocument doc = TextSource.read("x.txt", "Chỉ tiêu | mục tiêu\n|".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new SourceDocument.Paragraph("Chỉ tiêu | mục tiêu"), new SourceDocument.Paragraph("|")), doc.blocks());
    }
}

package vn.plandesk.logic.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.TimeKind;

/** Which time phrases of a plan's text are times of its work (ANNOTATION-RULES.md, "Deadlines"). */
class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(LocalDate.of(2026, 10, 20), 2026);

    private List<String> found(String text) {
        return deadlines.find(text).stream().map(p -> p.expression().raw()).toList();
    }

    @Test
    void aPeriodThatIsAWholeHeadingOrLabelIsTheTimeItsWorkRunsIn() {
        assertEquals(List.of("Giai đoạn 2027 - 2029"), found("2. Giai đoạn 2027 - 2029:"));
        assertEquals(List.of("giai đoạn 2027-2029 và những năm sau"), found("giai đoạn 2027-2029 và những năm sau."));
        assertEquals(List.of("Năm 2027"), found("b) Năm 2027"));
    }

    @Test
    void aPeriodNamedInASentenceIsAProgrammePeriod() {
        assertEquals(List.of(), found("Triển khai Đề án chuyển đổi số giai đoạn 2027 - 2029 của tỉnh."));
        assertEquals(List.of(), found("Ban hành Kế hoạch đến năm 2030."));
    }

    @Test
    void aSpanOfYearsWrittenBareIsATimeWhereWordsMakeItOne() {
        assertEquals(List.of("2027 - 2028"), found("Số hóa hồ sơ lưu trữ (2027 - 2028)."));
        assertEquals(List.of("xuyên suốt 2026 - 2029"), found("Tuyên truyền, phổ biến xuyên suốt 2026 - 2029."));
        assertEquals(List.of(), found("Thực hiện Chiến lược phát triển 2021 - 2030 của tỉnh."));
    }

    @Test
    void anOpenSpanIsKeptUnlessItBeganInYearsPast() {
        assertEquals(List.of("từ ngày 01/7/2026"), found("Áp dụng mẫu hồ sơ mới từ ngày 01/7/2026."));
        assertEquals(List.of("2027 trở đi"), found("Mở rộng cho các xã (2027 trở đi)."));
        assertEquals(List.of(), found("Từ năm 2019, tỉnh đã triển khai mô hình này."));
    }

    @Test
    void onlyWordsWithADateBelongInTheListOfDeadlines() {
        assertTrue(Deadlines.isDated(deadlines.parse("năm 2027 và các năm tiếp theo")));
        assertFalse(Deadlines.isDated(deadlines.parse("Thường xuyên")));
        assertFalse(Deadlines.isDated(deadlines.parse("hằng quý")));
        assertEquals(TimeKind.CONTINUOUS, deadlines.parse("Thường xuyên").kind());
    }
}

package vn.plandesk.logic.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.importer.source.TextSource;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Task;

/** A decision or resolution that issues a plan: the plan is imported, with the decision's number and signer. */
class IssuedPlanTest {

    private static final String DECISION = """
            ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH SƠN LA                                Độc lập - Tự do - Hạnh phúc

            Số: 2954/QĐ-UBND                       Sơn La, ngày 20 tháng 11 năm 2025

            QUYẾT ĐỊNH
            VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2026

            ỦY BAN NHÂN DÂN TỈNH SƠN LA

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

            QUYẾT ĐỊNH:

            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch năm 2026.

            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

            Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Văn hóa chịu trách nhiệm thi hành Quyết định này./.

            Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
            - Như Điều 3;                               KT. CHỦ TỊCH
            - Lưu: VT.                                  PHÓ CHỦ TỊCH

                                                        Nguyễn Thành Công

            KẾ HOẠCH
            PHÁT TRIỂN DU LỊCH NĂM 2026
            (Kèm theo Quyết định số 2954/QĐ-UBND ngày 20/11/2025 của UBND tỉnh)

            I. NHIỆM VỤ
            1. Sở Văn hóa chủ trì tổ chức lễ hội trong tháng 3/2026.
            2. Sở Tài chính bố trí kinh phí trước ngày 31/12/2025.
            """;

    @Test
    void theIssuedPlanIsImportedWithTheDecisionsNumberDateAndSigner() {
        Plan plan = read(DECISION);
        assertEquals(DocumentType.KE_HOACH, plan.type());
        assertEquals("PHÁT TRIỂN DU LỊCH NĂM 2026", plan.subject());
        assertEquals("2954/QĐ-UBND", plan.numberAndSymbol());
        assertEquals(LocalDate.of(2025, 11, 20), plan.issuedOn());
        assertEquals("Sơn La", plan.place());
        assertTrue(plan.issuer().startsWith("Ủy ban nhân dân tỉnh Sơn La"), plan.issuer());
        assertEquals(Authority.KT, plan.signer().authority());
        assertEquals("Nguyễn Thành Công", plan.signer().name());
        assertEquals(List.of("Như Điều 3", "VT"), plan.recipients().stream().map(Recipient::name).toList());
    }

    @Test
    void theArticlesDutiesAreNotTasks() {
        List<Task> tasks = read(DECISION).allTasks();
        assertEquals(2, tasks.size());
        assertEquals("Sở Văn hóa", tasks.get(0).lead().get(0).name());
    }

    @Test
    void aResolutionWithoutHeadGivesItsNumberAndDateInThePlansAttachmentLine() {
        Plan plan = read("""
                NGHỊ QUYẾT
                Ban hành Kế hoạch sửa đổi, bổ sung các luật năm 2025

                ỦY BAN THƯỜNG VỤ QUỐC HỘI

                Căn cứ Luật Tổ chức Quốc hội;

                QUYẾT NGHỊ:

                Điều 1.
                Ban hành kèm theo Nghị quyết này Kế hoạch sửa đổi, bổ sung các luật năm 2025.

                Điều 2.
                Giao Tổng Thư ký Quốc hội chủ trì theo dõi việc thực hiện Nghị quyết này.

                KẾ HOẠCH
                SỬA ĐỔI, BỔ SUNG CÁC LUẬT NĂM 2025
                (Ban hành kèm theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024 của Ủy ban Thường vụ Quốc hội)

                I. NHIỆM VỤ
                1. Ủy ban Pháp luật chủ trì thẩm tra dự án luật trước ngày 10/01/2025.
                """);
        assertEquals(DocumentType.KE_HOACH, plan.type());
        assertEquals("SỬA ĐỔI, BỔ SUNG CÁC LUẬT NĂM 2025", plan.subject());
        assertEquals("1339/NQ-UBTVQH15", plan.numberAndSymbol());
        assertEquals(LocalDate.of(2024, 12, 28), plan.issuedOn());
        assertNull(plan.place());
        assertEquals("Ủy ban Thường vụ Quốc hội", plan.issuer());
        assertEquals(1, plan.taskCount());
    }

    @Test
    void aDecisionThatIssuesNoPlanKeepsItsOwnSubjectWithoutTheEnactingBody() {
        Plan plan = read(DECISION.substring(0, DECISION.indexOf("KẾ HOẠCH\n")));
        assertEquals(DocumentType.QUYET_DINH, plan.type());
        assertEquals("VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2026", plan.subject());
    }

    private static Plan read(String text) {
        return PlanTextReader.read(TextSource.fromPaste("quyet-dinh.txt", text)).plan();
    }
}

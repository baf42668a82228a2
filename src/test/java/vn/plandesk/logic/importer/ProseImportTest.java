package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;

/** Tasks, leads, cooperating bodies and deadlines written in the prose of a plan, outside tables. */
class ProseImportTest {

    private static final String HEAD = "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n";

    private static List<Task> tasks(String body) throws Exception {
        return new PlanImporter(List.of()).readText("dán", HEAD + body).plan().allTasks();
    }

    private static List<String> names(List<UnitRef> refs) {
        return refs.stream().map(UnitRef::name).toList();
    }

    @Test
    void labelLinesAfterDashesGiveTheirLeadSupportAndTime() throws Exception {
        List<Task> tasks = tasks("""
                I. NHIỆM VỤ, GIẢI PHÁP
                1. Nâng cao năng lực cán bộ
                - Tổ chức tập huấn cho cán bộ làm công tác pháp chế.
                - Biên soạn tài liệu bồi dưỡng nghiệp vụ.
                Đơn vị chủ trì thực hiện: Sở Tư pháp.
                Đơn vị phối hợp: Sở Nội vụ; các cơ quan, đơn vị liên quan.
                Thời gian thực hiện: Tháng 12/2026.
                - Ứng dụng công nghệ số trong xây dựng pháp luật.
                Đơn vị chủ trì: Sở Khoa học và Công nghệ.
                Thời gian thực hiện: Thường xuyên.
                """);
        assertEquals(3, tasks.size());
        assertEquals(List.of("Sở Tư pháp"), names(tasks.get(1).lead()));
        assertEquals(List.of("Sở Nội vụ", "Các cơ quan, đơn vị liên quan"), names(tasks.get(1).support()));
        assertEquals("2026-12-31", tasks.get(0).deadline().due().toString());
        assertEquals(List.of("Sở Khoa học và Công nghệ"), names(tasks.get(2).lead()));
        assertNull(tasks.get(2).deadline().due());
    }

    @Test
    void pointsNamedTaskAndAssigneesHoldTheTasksAndTheirLabels() throws Exception {
        List<Task> tasks = tasks("""
                II. NHIỆM VỤ
                1. Về dữ liệu:
                a) Nhiệm vụ:
                - Rà soát, chuẩn hóa cơ sở dữ liệu của đơn vị.
                - Số hóa dữ liệu chuyên ngành theo hướng dẫn.
                b) Cơ quan thực hiện:
                - Đơn vị chủ trì: Các sở, ban, ngành.
                - Đơn vị phối hợp: Sở Khoa học và Công nghệ, UBND xã, phường.
                c) Thời gian thực hiện: Hoàn thành trong năm 2026.
                """);
        assertEquals(List.of("Rà soát, chuẩn hóa cơ sở dữ liệu của đơn vị.", "Số hóa dữ liệu chuyên ngành theo hướng dẫn."),
                tasks.stream().map(Task::content).toList());
        assertEquals(List.of("Các sở, ban, ngành"), names(tasks.get(0).lead()));
        assertEquals(List.of("Sở Khoa học và Công nghệ", "UBND xã, phường"), names(tasks.get(1).support()));
        assertEquals("2026-12-31", tasks.get(1).deadline().due().toString());
    }

    @Test
    void anItemWhoseLabelsFollowItIsOneTaskAndDatedStepsUnderATimeLabelAreTasks() throws Exception {
        List<Task> tasks = tasks("""
                II. NỘI DUNG
                1. Tổ chức tập huấn chuyên sâu về bảo vệ dữ liệu cá nhân
                - Cơ quan chủ trì: Bộ Công an.
                - Cơ quan phối hợp: các bộ, cơ quan ngang bộ.
                - Thời gian thực hiện: năm 2026 - 2027.
                2. Rà soát văn bản quy phạm pháp luật
                - Nội dung: rà soát các văn bản có liên quan.
                - Thời gian thực hiện:
                + Các bộ, cơ quan ngang bộ gửi kết quả rà soát về Bộ Công an trước ngày 15 tháng 12 năm 2026.
                + Bộ Công an tổng hợp kết quả rà soát trước ngày 31 tháng 12 năm 2026.
                """);
        assertEquals(3, tasks.size());
        assertEquals("Tổ chức tập huấn chuyên sâu về bảo vệ dữ liệu cá nhân", tasks.get(0).content());
        assertEquals(List.of("Bộ Công an"), names(tasks.get(0).lead()));
        assertEquals("2027-12-31", tasks.get(0).deadline().due().toString());
        assertEquals(List.of("Các bộ, cơ quan ngang bộ"), names(tasks.get(1).lead()));
        assertEquals("2026-12-31", tasks.get(2).deadline().due().toString());
    }

    @Test
    void lettersUnderANumberedItemAreTasksOfTheirOwn() throws Exception {
        List<Task> tasks = tasks("""
                II. NHIỆM VỤ
                1. Nông nghiệp số
                1.1. Nông nghiệp
                Lĩnh vực nông nghiệp là trụ cột của kinh tế số.
                a) Triển khai nền tảng số quản trị trang trại.
                b) Xây dựng nền tảng dữ liệu số nông nghiệp tỉnh
                - Kết hợp dữ liệu từ Nhà nước, doanh nghiệp và người dân.
                """);
        assertEquals(2, tasks.size());
        assertEquals("Triển khai nền tảng số quản trị trang trại.", tasks.get(0).content());
    }

    @Test
    void aHeadingWrappedInsideItsEmphasisOrAfterABareNumberIsOneLine() throws Exception {
        List<Task> tasks = tasks("""
                **IV. TỔ CHỨC
                THỰC HIỆN**

                **1.
                Sở Y tế**

                a) Chỉ đạo các cơ sở y tế trực thuộc thực hiện kiểm tra.
                """);
        assertEquals(1, tasks.size());
        assertEquals(List.of("Sở Y tế"), names(tasks.get(0).lead()));
    }
}

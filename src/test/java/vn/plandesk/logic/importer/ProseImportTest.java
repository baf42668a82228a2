package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.plandesk.logic.importer.ProseTasks.names;
import static vn.plandesk.logic.importer.ProseTasks.tasks;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Task;

/** Tasks, leads, cooperating bodies and deadlines written in the prose of a plan, outside tables. */
class ProseImportTest {

    @Test
    void oneBodyWrittenTwoWaysIsOneUnitUnderTheNameWrittenFirst() throws Exception {
        List<Task> tasks = tasks("""
                I. TỔ CHỨC THỰC HIỆN
                1. Sở Tài chính phối hợp với UBND các huyện, thị xã rà soát kinh phí.
                2. Ủy ban nhân dân huyện, thị xã chủ trì tổ chức kiểm tra.
                3. Các doanh nghiệp vận tải chủ động đổi mới phương tiện.
                4. Sở Xây dựng phối hợp với các doanh nghiệp vận tải hành khách xây dựng tuyến mới.
                """);
        assertEquals(List.of("UBND các huyện, thị xã"), names(tasks.get(0).support()));
        assertEquals(List.of("UBND các huyện, thị xã"), names(tasks.get(1).lead()));
        assertEquals(List.of("Các doanh nghiệp vận tải"), names(tasks.get(2).lead()));
        assertEquals(List.of("Các doanh nghiệp vận tải hành khách"), names(tasks.get(3).support()));
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

    @Test
    void aHeadingThatNamesABodyLeadsThePointsOrParagraphsUnderIt() throws Exception {
        List<Task> tasks = tasks("""
                IV. PHÂN CÔNG NHIỆM VỤ
                1. Sở Tư pháp

                Thực hiện chức năng thường trực Hội đồng phổ biến, giáo dục pháp luật.

                2. Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh
                a) Phối hợp chặt chẽ với Công an tỉnh trong điều tra, truy tố, xét xử.
                b) Phối hợp các đơn vị liên quan thực hiện các nhiệm vụ khác.
                3. Sở Giáo dục và Đào tạo
                Chỉ đạo các cơ sở giáo dục lồng ghép nội dung phòng, chống ma túy.
                """);
        assertEquals(4, tasks.size());
        assertEquals("Thực hiện chức năng thường trực Hội đồng phổ biến, giáo dục pháp luật.", tasks.get(0).content());
        assertEquals(List.of("Sở Tư pháp"), names(tasks.get(0).lead()));
        assertEquals(List.of("Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"), names(tasks.get(2).lead()));
        assertEquals(List.of("Sở Giáo dục và Đào tạo"), names(tasks.get(3).lead()));
    }

    @Test
    void aBudgetSectionWhoseItemsGiveBodiesWorkHasTasks() throws Exception {
        List<Task> tasks = tasks("""
                III. KINH PHÍ THỰC HIỆN
                1. Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước.
                2. Bộ Tài chính chủ trì tổng hợp, trình cấp có thẩm quyền bố trí kinh phí.
                3. Ủy ban nhân dân các tỉnh trình Hội đồng nhân dân cùng cấp bố trí kinh phí.
                """);
        assertEquals(List.of("Bộ Tài chính", "Ủy ban nhân dân các tỉnh"), tasks.stream().map(t -> t.lead().get(0).name()).toList());
    }

    @Test
    void aHeadingThatGivesABodyWorkOrARoleLeadsTheDashesUnderIt() throws Exception {
        List<Task> tasks = tasks("""
                V. TỔ CHỨC THỰC HIỆN
                1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, tổ chức thực hiện các nhiệm vụ sau:
                - Xây dựng Phương án đảm bảo an toàn cho giáo viên, học sinh khi xảy ra thiên tai;
                - Hỗ trợ xây dựng thương hiệu cho sản phẩm nông nghiệp.
                2. Sở Công Thương
                a) Chủ trì, phối hợp với các sở, ban, ngành
                - Tổ chức chương trình tập huấn kiến thức về hội nhập kinh tế quốc tế.
                - Tổ chức các hoạt động kết nối giao thương.
                """);
        assertEquals(4, tasks.size());
        assertEquals(List.of("Sở Nông nghiệp và Môi trường"), names(tasks.get(0).lead()));
        assertEquals(List.of("Sở Nông nghiệp và Môi trường"), names(tasks.get(1).lead()));
        assertEquals(List.of("Sở Công Thương"), names(tasks.get(3).lead()));
    }
}

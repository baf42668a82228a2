package vn.plandesk.logic.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the bodies an item gives work to are read out of its sentence (phrases invented, not from any document). */
class UnitNamesTest {

    @Test
    void encouragedBodiesAreGivenTheWork() {
        assertEquals(List.of("Hội Cựu chiến binh tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
                UnitNames.of("Khuyến khích Hội Cựu chiến binh tỉnh, Hội Liên hiệp Phụ nữ tỉnh vận động hội viên tham gia.").lead());
    }

    @Test
    void cooperatingWithoutTheWordWithIsStillSupport() {
        assertEquals(List.of("Sở Tư pháp"), UnitNames.of("Phối hợp Sở Tư pháp rà soát các văn bản.").support());
        assertEquals(List.of("Lực lượng Bộ đội Biên phòng"),
                UnitNames.of("Phối hợp chặt chẽ lực lượng Bộ đội Biên phòng thực hiện tuần tra.").support());
        assertEquals(List.of(), UnitNames.of("Phối hợp triển khai các chương trình.").support());
    }

    @Test
    void aLongListOfBodiesIsReadToItsEnd() {
        assertEquals(List.of("Các sở, ban, ngành", "Hội Nông dân tỉnh", "Các hội quần chúng", "Các cơ quan thông tấn"),
                UnitNames.of("Phối hợp với các sở, ban, ngành, Hội Nông dân tỉnh và các hội quần chúng, "
                        + "các cơ quan thông tấn tổ chức tuyên truyền.").support());
    }

    @Test
    void aVerbRightAfterAGroupNounBelongsToTheName() {
        assertEquals(List.of("Các cơ sở đào tạo nghề"), UnitNames.of("Các cơ sở đào tạo nghề mở thêm ngành học.").lead());
        assertEquals(List.of("Các viện nghiên cứu"), UnitNames.of("Phối hợp với các viện nghiên cứu phát triển công nghệ mới.").support());
        assertEquals(List.of("Quỹ Phát triển đất tỉnh"), UnitNames.of("Quỹ Phát triển đất tỉnh bố trí vốn.").lead());
        assertEquals(List.of("Doanh nghiệp"), UnitNames.of("Phối hợp với doanh nghiệp phát triển vùng nguyên liệu.").support());
    }

    @Test
    void aBodyEndsWhereItsVerbBegins() {
        assertEquals(List.of("Tổng Công ty Điện lực"), UnitNames.of("Tổng Công ty Điện lực tiên phong đầu tư lưới điện.").lead());
        assertEquals(List.of("Các ngành có liên quan"),
                UnitNames.of("Phối hợp với các ngành có liên quan phát triển thị trường.").support());
    }

    @Test
    void groupsOfBodyKindsStayOneEntry() {
        assertEquals(List.of("Sở, ban, ngành có liên quan"), UnitNames.cell("Sở, ban, ngành có liên quan"));
        assertEquals(List.of("Viện, Trường"), UnitNames.cell("Viện, Trường"));
        assertEquals(List.of("Giám đốc sở, ban, ngành tỉnh"), UnitNames.split("Giám đốc sở, ban, ngành tỉnh"));
        assertEquals(List.of("Các cơ quan, đơn vị được giao nhiệm vụ"),
                UnitNames.of("Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả.").lead());
    }

    @Test
    void separateBodiesInOneListAreSplit() {
        assertEquals(List.of("Các doanh nghiệp vận tải", "Doanh nghiệp du lịch"),
                UnitNames.split("Các doanh nghiệp vận tải, doanh nghiệp du lịch"));
        assertEquals(List.of("Các sở, ngành", "Các trường cao đẳng, trung cấp"),
                UnitNames.split("các sở, ngành, các trường cao đẳng, trung cấp"));
        assertEquals(List.of("Ủy ban nhân dân các huyện, thị xã trong vùng", "Cơ quan, tổ chức khác có liên quan"),
                UnitNames.split("Ủy ban nhân dân các huyện, thị xã trong vùng, cơ quan, tổ chức khác có liên quan"));
        assertEquals(List.of("Ủy ban nhân dân các xã, phường, đặc khu"), UnitNames.split("Ủy ban nhân dân các xã, phường, đặc khu"));
        assertEquals(List.of("Sở Tư pháp", "Sở Nội vụ"), UnitNames.split("Sở Tư pháp, Sở Nội vụ"));
        assertEquals(List.of("Văn phòng sở", "Các phòng, đơn vị"), UnitNames.split("Văn phòng sở, các phòng, đơn vị"));
    }

    @Test
    void aCatchAllEndsWithRelated() {
        assertEquals(List.of("Các phòng, ban có liên quan"),
                UnitNames.of("Phối hợp với các phòng, ban có liên quan tại khu vực cửa khẩu tổ chức kiểm tra.").support());
        assertEquals(List.of("Các sở, ngành được giao chủ trì"),
                UnitNames.of("Phối hợp với các sở, ngành được giao chủ trì để tham mưu thực hiện.").support());
    }

    @Test
    void aHeadingNamesItsBodyWithItsRoleInBrackets() {
        assertEquals(List.of("Sở Nội vụ"), UnitNames.heading("2. Sở Nội vụ (cơ quan chủ trì)".substring(3)));
        assertEquals(List.of("So Noi vu"), UnitNames.heading("So Noi vu (co quan thuong truc):"));
    }

    @Test
    void aWordTypedTwiceIsWrittenOnce() {
        assertEquals(List.of("Sở Y tế"), UnitNames.cell("Sở Sở Y tế"));
    }
}

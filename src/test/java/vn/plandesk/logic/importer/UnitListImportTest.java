package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.plandesk.logic.importer.ProseTasks.names;
import static vn.plandesk.logic.importer.ProseTasks.tasks;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Task;

/** Lists of bodies in prose items: where one body ends and the next begins. */
class UnitListImportTest {

    @Test
    void organisationsInAListOfBodiesAreNotTheVerbOrganise() throws Exception {
        List<Task> tasks = tasks("""
                IV. TỔ CHỨC THỰC HIỆN
                1. Các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ chức có liên quan căn cứ Kế hoạch này xây dựng kế hoạch triển khai.
                2. Các sở, ngành, đơn vị, tổ chức chính trị - xã hội tổ chức tuyên truyền Kế hoạch.
                3. Đề nghị các tổ chức thành viên phối hợp tuyên truyền, vận động nhân dân.
                """);
        assertEquals(List.of("Các Sở, ban, ngành", "UBND xã, phường", "Các cơ quan, tổ chức có liên quan"), names(tasks.get(0).lead()));
        assertEquals(List.of("Các sở, ngành, đơn vị, tổ chức chính trị - xã hội"), names(tasks.get(1).lead()));
        assertEquals(List.of("Các tổ chức thành viên"), names(tasks.get(2).lead()));
    }

    @Test
    void forcesAndTheNewsAgencyAreBodies() throws Exception {
        List<Task> tasks = tasks("""
                IV. TỔ CHỨC THỰC HIỆN
                1. Lực lượng Công an chủ trì, phối hợp với lực lượng Hải quan kiểm soát chặt chẽ địa bàn.
                2. Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam tuyên truyền về kết quả thực hiện.
                """);
        assertEquals(List.of("Lực lượng Công an"), names(tasks.get(0).lead()));
        assertEquals(List.of("Lực lượng Hải quan"), names(tasks.get(0).support()));
        assertEquals(List.of("Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam"), names(tasks.get(1).lead()));
    }
}

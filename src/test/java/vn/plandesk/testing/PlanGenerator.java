package vn.plandesk.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Task;
import vn.plandesk.model.TextSection;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

/** Realistic generated plans of any size, for store tests and benchmarks; the same seed gives the same plan. */
public final class PlanGenerator {
    private static final String[] UNITS = {
        "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ",
        "Sở Thông tin và Truyền thông", "Công an tỉnh", "Ban Dân tộc", "Sở Y tế", "Sở Giáo dục và Đào tạo",
        "Ủy ban MTTQ Việt Nam tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "UBND các xã, phường", "Các cơ quan liên quan"
    };
    private static final String[] VERBS = {"Xây dựng", "Hoàn thiện", "Trình", "Tổ chức", "Rà soát", "Tổng hợp", "Báo cáo"};
    private static final String[] OBJECTS = {
        "dự thảo Quyết định", "báo cáo đánh giá", "kế hoạch triển khai", "hội nghị sơ kết", "hồ sơ thẩm định",
        "tờ trình UBND tỉnh", "đề án chuyển đổi số"
    };

    private PlanGenerator() {
    }

    /** A plan of {@code taskCount} tasks in phases of about 20, with units, deadlines and extensions. */
    public static Plan plan(int taskCount, long seed) {
        Random random = new Random(seed);
        LocalDate issued = LocalDate.of(2026, 1, 15);
        List<Phase> phases = new ArrayList<>();
        int made = 0;
        int phaseNo = 1;
        while (made < taskCount) {
            int size = Math.min(taskCount - made, 10 + random.nextInt(21));
            List<Task> tasks = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                tasks.add(task(random, issued, made + i));
            }
            made += size;
            LocalDate start = issued.plusDays(random.nextInt(300));
            TimeExpression span = TimeExpression.of("Từ ngày " + dm(start) + " đến ngày " + dmy(start.plusDays(30)), TimeKind.RANGE,
                    start, start.plusDays(30));
            phases.add(new Phase(null, String.valueOf(phaseNo), "Giai đoạn " + phaseNo + ": " + OBJECTS[random.nextInt(OBJECTS.length)],
                    span, null, null, tasks, List.of()));
            phaseNo++;
        }
        return new Plan(null, 0, DocumentType.KE_HOACH, "15/KH-UBND", "UBND TỈNH LẠNG SƠN", "Ủy ban nhân dân tỉnh Lạng Sơn",
                "Lạng Sơn", issued, "Triển khai thực hiện chuyển đổi số năm 2026 (" + taskCount + " nhiệm vụ)",
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
                List.of(new TextSection("Mục đích", "Triển khai đồng bộ, hiệu quả.")), phases,
                new Signer(Authority.KT, "PHÓ CHỦ TỊCH", "Nguyễn Văn An"),
                List.of(Recipient.parse("Thường trực Tỉnh ủy (b/c)"), Recipient.parse("Lưu: VT, KGVX")),
                PlanStatus.ISSUED, "generated", null, List.of(), List.of());
    }

    private static Task task(Random random, LocalDate issued, int index) {
        LocalDate due = issued.plusDays(20 + random.nextInt(320));
        TimeExpression deadline = TimeExpression.of("Trước ngày " + dmy(due), TimeKind.BEFORE, null, due);
        List<UnitRef> lead = List.of(UnitRef.named(UNITS[random.nextInt(UNITS.length)]));
        List<UnitRef> support = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            UnitRef u = UnitRef.named(UNITS[random.nextInt(UNITS.length)]);
            if (!lead.contains(u) && !support.contains(u)) {
                support.add(u);
            }
        }
        List<Extension> extensions = random.nextInt(10) == 0
                ? List.of(new Extension(TimeExpression.of("Trước ngày " + dmy(due.plusDays(30)), TimeKind.BEFORE, null, due.plusDays(30)),
                        due.minusDays(3), "Chờ ý kiến các sở"))
                : List.of();
        LocalDate completed = random.nextInt(3) == 0 ? due.plusDays(random.nextInt(20) - 10) : null;
        return new Task(null, String.valueOf(index + 1), VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
                + " số " + (index + 1), deadline, null, "Báo cáo", lead, support, completed == null ? random.nextInt(90) : 100, completed,
                null, extensions);
    }

    private static String dm(LocalDate d) {
        return String.format("%02d/%d", d.getDayOfMonth(), d.getMonthValue());
    }

    private static String dmy(LocalDate d) {
        return dm(d) + "/" + d.getYear();
    }
}

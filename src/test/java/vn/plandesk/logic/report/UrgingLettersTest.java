package vn.plandesk.logic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.plandesk.logic.followup.FollowUpPlans.FINANCE;
import static vn.plandesk.logic.followup.FollowUpPlans.HOME_AFFAIRS;
import static vn.plandesk.logic.followup.FollowUpPlans.JUSTICE;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.followup.DueList;
import vn.plandesk.logic.followup.FollowUpItem;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Plan;

/** One letter per unit with tasks to urge, exactly the follow-up list's groups; file names without accents. */
class UrgingLettersTest {
    private final List<Plan> plans = List.of(plan(1, "15/KH-UBND", day(2026, 1, 10),
            task(1, "Quá hạn", day(2026, 3, 1), null, FINANCE),
            task(2, "Sắp đến hạn", day(2026, 3, 25), null, HOME_AFFAIRS),
            task(3, "Còn xa", day(2026, 6, 30), null, JUSTICE),
            task(4, "Chưa giao", day(2026, 3, 2), null),
            task(5, "Đã xong", day(2026, 3, 1), day(2026, 3, 1), JUSTICE)));

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void aLetterForEachUnitTheFollowUpListGroupsAndNoneForTasksWithoutALeadUnit() throws Exception {
        UrgingLetters letters = UrgingLetters.build(plans, day(2026, 3, 20), 7, day(2026, 3, 31), null);

        assertEquals(List.of(HOME_AFFAIRS, FINANCE), letters.letters().stream().map(UrgingLetters.Letter::unitName).toList());
        DueList list = DueList.build(plans, day(2026, 3, 20), 7);
        assertEquals(list.groups().get(1).items(), letters.letters().get(1).items());
        assertEquals(List.of("So_Noi_vu.docx", "So_Tai_chinh.docx"), letters.fileNames("docx"));
        assertEquals(List.of("Quá hạn"), letters.letters().get(1).items().stream().map(i -> i.task().content()).toList());
        assertEquals(List.of(HOME_AFFAIRS, FINANCE, JUSTICE),
                UrgingLetters.build(plans, day(2026, 3, 20), 120, day(2026, 3, 31), null).letters().stream()
                        .map(UrgingLetters.Letter::unitName).toList());
    }

    @Test
    void aUnitNameKeepsThatUnitsLetterOnly() throws Exception {
        UrgingLetters letters = UrgingLetters.build(plans, day(2026, 3, 20), 7, day(2026, 3, 31), "tai chinh");
        assertEquals(List.of(FINANCE), letters.letters().stream().map(UrgingLetters.Letter::unitName).toList());
        assertEquals(List.of(1L), letters.letters().get(0).items().stream().map(FollowUpItem::task).map(t -> t.id()).toList());
    }

    @Test
    void namesAlikeWithoutAccentsGetDistinctFiles() {
        UrgingLetters letters = new UrgingLetters(day(2026, 3, 20), 7, day(2026, 3, 31),
                List.of(new UrgingLetters.Letter("Sở Y tế", List.of()), new UrgingLetters.Letter("Sở Ý tế", List.of()),
                        new UrgingLetters.Letter("Đài PT-TH tỉnh", List.of())), null);
        assertEquals(List.of("So_Y_te.docx", "So_Y_te_2.docx", "Dai_PT_TH_tinh.docx"), letters.fileNames("docx"));
    }

    @Test
    void badInputIsRefusedInOneSentence() {
        assertEquals("Số ngày sắp đến hạn phải từ 0 trở lên, không phải -1.", assertThrows(ReportRefusal.class,
                () -> UrgingLetters.build(plans, day(2026, 3, 20), -1, day(2026, 3, 31), null)).getMessage());
        assertEquals("Ngày đề nghị báo cáo 10/03/2026 đã qua so với ngày 20/03/2026.", assertThrows(ReportRefusal.class,
                () -> UrgingLetters.build(plans, day(2026, 3, 20), 7, day(2026, 3, 10), null)).getMessage());
        assertEquals("Đơn vị \"tu phap\" không có nhiệm vụ quá hạn hay đến hạn trong 7 ngày tới.", assertThrows(ReportRefusal.class,
                () -> UrgingLetters.build(plans, day(2026, 3, 20), 7, day(2026, 3, 31), "tu phap")).getMessage());
    }
}

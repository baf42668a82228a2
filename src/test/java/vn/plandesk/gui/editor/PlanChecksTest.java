package vn.plandesk.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.plandesk.logic.followup.FollowUpPlans.day;
import static vn.plandesk.logic.followup.FollowUpPlans.plan;
import static vn.plandesk.logic.followup.FollowUpPlans.task;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.gui.background.StepTaskExecutor;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.validation.Problem;
import vn.plandesk.model.Plan;

/** The checks run in the background: what is shown is the newest plan's problems, whatever order the checks end in. */
class PlanChecksTest {
    private final StepTaskExecutor background = new StepTaskExecutor();
    private final PlanChecks checks = new PlanChecks(background, new HeaderFormModel());
    /** One task nobody leads. */
    private final Plan oneUnled = plan(1, "15/KH-UBND", day(2026, 1, 15), task(11, "Rà soát", day(2026, 3, 1), null));
    /** Two tasks nobody leads. */
    private final Plan twoUnled = plan(1, "15/KH-UBND", day(2026, 1, 15), task(11, "Rà soát", day(2026, 3, 1), null),
            task(12, "Báo cáo", day(2026, 3, 5), null));

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void aSlowerOlderCheckDoesNotOverwriteANewerOne() {
        background.hold = true;
        checks.check(oneUnled, List.of(), () -> true);
        checks.check(twoUnled, List.of(), () -> true);
        background.runNewestHeld();
        assertEquals(List.of(11L, 12L), checks.problems().stream().map(Problem::taskId).toList());
        background.runHeld(); // the older check ends last
        assertEquals(List.of(11L, 12L), checks.problems().stream().map(Problem::taskId).toList());
        assertEquals("Nhiệm vụ chưa có đơn vị chủ trì.", checks.problems().get(0).message());
    }

    @Test
    void aCheckEndingAfterThePlanWasClosedShowsNothing() {
        background.hold = true;
        checks.check(twoUnled, List.of(), () -> true);
        checks.clear();
        background.runHeld();
        assertEquals(List.of(), checks.problems());
    }
}

package vn.plandesk.logic.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TextSection;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

/** The order of a plan's body: purpose and requirements, the schedule, funding, responsibilities. */
class BodyOutlineTest {

    private static Task task(String content, String words) {
        TimeExpression deadline = words == null ? null : TimeExpression.of(words, TimeKind.MONTH, null, java.time.LocalDate.of(2026, 4, 30));
        return Task.of(content, deadline).withUnits(List.of(UnitRef.named("Sở Tài chính")), List.of());
    }

    @Test
    void followsTheUsualSkeletonWhateverOrderTheSectionsWereTypedIn() {
        Plan plan = Plan.draft(null, "Chuyển đổi số")
                .withPhases(List.of(
                        Phase.of("Tổ chức thực hiện", null, List.of(task("Sở Tài chính bố trí kinh phí.", null))),
                        Phase.of("Xây dựng dự thảo", TimeExpression.of("Tháng 4/2026", TimeKind.MONTH, null, null),
                                List.of(task("Xây dựng dự thảo", "Tháng 4/2026"), task("Lấy ý kiến", "Trước ngày 20/4/2026")))));
        var header = plan.header();
        plan = plan.withHeader(new vn.plandesk.model.PlanHeader(header.type(), header.numberAndSymbol(), header.governingBody(),
                header.issuer(), header.place(), header.issuedOn(), header.subject(), header.legalBases(),
                List.of(new TextSection("Kinh phí thực hiện", "Từ ngân sách tỉnh."),
                        new TextSection("Mục đích", "Nâng cao hiệu quả."),
                        new TextSection("Yêu cầu", "Bám sát thực tế."),
                        new TextSection("Tổ chức thực hiện", "Các sở, ngành thực hiện.")),
                header.signer(), header.recipients(), header.status(), header.source(), header.notes()));

        List<BodyOutline.Section> body = BodyOutline.of(plan, true);
        assertEquals(List.of("Mục đích, yêu cầu", "Nhiệm vụ và tiến độ thực hiện", "Kinh phí thực hiện", "Tổ chức thực hiện"),
                body.stream().map(BodyOutline.Section::heading).toList());
        assertEquals(List.of("Mục đích", "Yêu cầu"), body.get(0).clauses().stream().map(BodyOutline.Clause::heading).toList());
        BodyOutline.Clause phase = body.get(1).clauses().get(0);
        assertEquals("Xây dựng dự thảo (Tháng 4/2026)", phase.heading());
        assertEquals(List.of("Xây dựng dự thảo", "Lấy ý kiến (Trước ngày 20/4/2026)"), phase.points(),
                "a task's own time words are kept when they differ from its phase's");
        BodyOutline.Section organisation = body.get(3);
        assertEquals(List.of("Các sở, ngành thực hiện."), organisation.paragraphs());
        assertEquals(List.of("Sở Tài chính bố trí kinh phí."), organisation.clauses().get(0).paragraphs(),
                "the undated phase joins the text section of the same name");
    }
}

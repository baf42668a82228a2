package vn.plandesk.logic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.time.TimeExpressionParser;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/** The editor's checks as plain rules, on small hand-made plans. */
class PlanRulesTest {
    private final TimeExpressionParser parser = new TimeExpressionParser();
    private final PlanRules rules = new PlanRules();

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    private TimeExpression words(String text) {
        return parser.parse(text, null, 2019);
    }

    private Task task(long id, String content, String deadline, String... lead) {
        return new Task(id, null, content, words(deadline), null, null,
                java.util.Arrays.stream(lead).map(UnitRef::named).toList(), List.of(), 0, null, null, List.of());
    }

    private static Plan plan(Phase... phases) {
        return Plan.draft(DocumentType.KE_HOACH, "Kế hoạch thử").withPhases(List.of(phases)).withIdentity(1L, 1);
    }

    private Phase phase(long id, String span, Task... tasks) {
        return new Phase(id, "1", "Giai đoạn " + id, words(span), null, null, List.of(tasks), List.of());
    }

    @Test
    void aTaskDueAfterItsPhaseEndsIsShownWithThePhaseDates() {
        Plan plan = plan(phase(10, "Từ ngày 01/4 đến ngày 15/4/2019", task(100, "Dự thảo", "trước ngày 20/4/2019", "Sở Tư pháp")));

        List<Problem> problems = rules.check(plan, List.of());

        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals(Problem.Kind.DEADLINE_OUTSIDE_PHASE, p.kind());
        assertTrue(p.isAboutTask(100));
        assertEquals("Thời hạn “trước ngày 20/4/2019” nằm ngoài thời gian của giai đoạn (01/04/2019 – 15/04/2019).", p.message());
    }

    @Test
    void aTaskInsideItsPhaseWithALeadIsFine() {
        Plan plan = plan(phase(10, "Quý II/2019", task(100, "Dự thảo", "Trong tháng 5/2019", "Sở Tư pháp")));

        assertTrue(rules.check(plan, List.of()).isEmpty());
    }

    @Test
    void aTaskWithoutLeadAndWithUnreadableWordsGetsBothProblems() {
        Plan plan = plan(phase(10, "", task(100, "Dự thảo", "khi nào xong thì báo")));

        List<Problem.Kind> kinds = rules.check(plan, List.of()).stream().map(Problem::kind).toList();

        assertEquals(List.of(Problem.Kind.NO_LEAD_UNIT, Problem.Kind.UNREADABLE_DEADLINE), kinds);
    }

    @Test
    void aPhaseWhoseWordsEndBeforeTheyStartIsMarked() {
        Plan plan = plan(phase(10, "Từ ngày 15/4 đến ngày 01/4/2019"));

        List<Problem> problems = rules.check(plan, List.of());

        assertEquals(List.of(Problem.Kind.PHASE_ENDS_BEFORE_START), problems.stream().map(Problem::kind).toList());
        assertTrue(problems.get(0).isAboutPhase(10));
        assertFalse(PlanRules.endsBeforeItStarts(words("Từ ngày 01/4 đến ngày 15/4/2019")));
        assertTrue(PlanRules.endsBeforeItStarts(words("từ 10/5/2020 đến 01/02/2020")));
    }

    @Test
    void tasksOfASubPhaseWithoutDatesAreCheckedAgainstTheParentSpan() {
        Phase sub = new Phase(11L, "1.1", "Bước con", TimeExpression.none(), null, null,
                List.of(task(100, "Dự thảo", "tháng 9/2019", "Sở Tư pháp")), List.of());
        Phase parent = phase(10, "Quý I/2019").withSubPhases(List.of(sub));

        List<Problem> problems = rules.check(plan(parent), List.of());

        assertEquals(List.of(Problem.Kind.DEADLINE_OUTSIDE_PHASE), problems.stream().map(Problem::kind).toList());
    }

    @Test
    void theSameNumberForTheSameIssuerAndYearIsADuplicateLeadingZerosAside() {
        PlanSummary other = new PlanSummary(2, 1, DocumentType.KE_HOACH, "05/KH-UBND", "UBND tỉnh Lạng Sơn",
                LocalDate.of(2026, 3, 1), "Kế hoạch khác", PlanStatus.ISSUED, 1, 1);
        PlanSummary otherYear = new PlanSummary(3, 1, DocumentType.KE_HOACH, "5/KH-UBND", "UBND tỉnh Lạng Sơn",
                LocalDate.of(2025, 3, 1), "Năm trước", PlanStatus.ISSUED, 1, 1);

        assertEquals("Kế hoạch khác", NumberSymbolRules.duplicate(1L, "5/KH-UBND", "Ubnd tinh Lang Son", 2026,
                List.of(otherYear, other)).orElseThrow().subject());
        assertTrue(NumberSymbolRules.duplicate(2L, "05/KH-UBND", "UBND tỉnh Lạng Sơn", 2026, List.of(other)).isEmpty(),
                "a plan is no duplicate of itself");
        assertTrue(NumberSymbolRules.duplicate(1L, "/KH-UBND", "UBND tỉnh Lạng Sơn", 2026, List.of(other)).isEmpty(),
                "a draft without number never clashes");
        assertTrue(NumberSymbolRules.duplicate(1L, "05/KH-UBND", "Sở Tài chính", 2026, List.of(other)).isEmpty());
    }

    @Test
    void aDuplicateNumberIsAHeaderProblemNamingTheOtherPlan() {
        Plan plan = new Plan(1L, 1, DocumentType.KE_HOACH, "05/KH-UBND", null, "UBND tỉnh", null, LocalDate.of(2026, 1, 5),
                "Kế hoạch này", List.of(), List.of(), List.of(), null, List.of(), PlanStatus.ISSUED, null, null, List.of(), List.of());
        PlanSummary other = new PlanSummary(2, 1, DocumentType.KE_HOACH, "05/KH-UBND", "UBND tỉnh",
                LocalDate.of(2026, 3, 1), "Kế hoạch khác", PlanStatus.ISSUED, 1, 1);

        List<Problem> problems = rules.check(plan, List.of(other));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).isAboutHeader());
        assertEquals("Số, ký hiệu “05/KH-UBND” đã dùng cho văn bản khác cùng cơ quan, cùng năm: “Kế hoạch khác”.",
                problems.get(0).message());
    }

    @Test
    void numberAndSymbolFollowsDecree30() {
        assertEquals("25/KH-KHCN", NumberSymbolRules.assemble(25, null, DocumentType.KE_HOACH, "KHCN"));
        assertEquals("05/ĐA-UBND", NumberSymbolRules.assemble(5, null, DocumentType.DE_AN, " UBND "));
        assertEquals("/KH-SKHĐT", NumberSymbolRules.assemble(null, null, DocumentType.KE_HOACH, "SKHĐT"));
        assertEquals("03/2024/NQ-HĐND", NumberSymbolRules.assemble(3, 2024, DocumentType.NGHI_QUYET, "HĐND"));
        assertEquals("468/UBND-NC", NumberSymbolRules.assemble(468, null, DocumentType.CONG_VAN, "UBND-NC"));
        assertEquals(null, NumberSymbolRules.assemble(null, null, DocumentType.KE_HOACH, " "));

        assertTrue(NumberSymbolRules.check("25/KH-KHCN", DocumentType.KE_HOACH, PlanStatus.ISSUED, 2026).isEmpty());
        assertTrue(NumberSymbolRules.check(null, DocumentType.KE_HOACH, PlanStatus.DRAFT, null).isEmpty(), "a draft may wait");
        assertEquals(List.of("Kế hoạch đã ban hành cần có số văn bản."),
                NumberSymbolRules.check(null, DocumentType.KE_HOACH, PlanStatus.ISSUED, 2026));
        assertEquals(List.of("Ký hiệu “TB” không khớp loại văn bản Kế hoạch: Nghị định 30/2020/NĐ-CP viết tắt là “KH”."),
                NumberSymbolRules.check("12/TB-UBND", DocumentType.KE_HOACH, PlanStatus.DRAFT, 2026));
        assertEquals(List.of("Số, ký hiệu “số 12 UBND” chưa đúng dạng Số/Tên loại-Cơ quan ban hành (ví dụ 25/KH-UBND)."),
                NumberSymbolRules.check("số 12 UBND", DocumentType.KE_HOACH, PlanStatus.DRAFT, 2026));
        assertEquals(List.of("Năm trong số, ký hiệu (2023) khác năm ban hành (2024)."),
                NumberSymbolRules.check("03/2023/NQ-HĐND", DocumentType.NGHI_QUYET, PlanStatus.ISSUED, 2024));
        assertEquals(List.of("Số văn bản bắt đầu từ 01."),
                NumberSymbolRules.check("00/KH-UBND", DocumentType.KE_HOACH, PlanStatus.DRAFT, 2024));
    }

    @Test
    void messagesFollowTheLanguage() {
        Messages.setLocale(Messages.ENGLISH);
        try {
            Plan plan = plan(phase(10, "", task(100, "Draft", "tháng 4/2019")));
            assertEquals("Nobody leads this task.", rules.check(plan, List.of()).get(0).message());
        } finally {
            Messages.setLocale(Messages.VIETNAMESE);
        }
    }
}

package vn.plandesk.logic.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;

/**
 * The checks the editor shows next to the rows, as plain rules on a plan: nothing here refuses an
 * edit, it only says what deserves a second look.
 */
public final class PlanRules {
    /** A day and month as written, with or without the year: 15/4, 01/04/2019. */
    private static final Pattern WRITTEN_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])");

    /** Every problem of the plan; {@code stored} are the store's plans, for the duplicate number check. */
    public List<Problem> check(Plan plan, List<PlanSummary> stored) {
        List<Problem> problems = new ArrayList<>(checkHeader(plan, stored));
        for (Phase phase : plan.phases()) {
            checkPhase(phase, null, problems);
            for (Phase sub : phase.subPhases()) {
                checkPhase(sub, phase, problems);
            }
        }
        return problems;
    }

    /** The header's problems: the number and symbol. */
    public List<Problem> checkHeader(Plan plan, List<PlanSummary> stored) {
        List<Problem> problems = new ArrayList<>();
        for (String message : NumberSymbolRules.check(plan.numberAndSymbol(), plan.type(), plan.status(), plan.year())) {
            problems.add(new Problem(Problem.Kind.NUMBER_FORMAT, null, null, "validation.said", message));
        }
        NumberSymbolRules.duplicate(plan.id(), plan.numberAndSymbol(), plan.issuer(), plan.year(), stored)
                .ifPresent(other -> problems.add(new Problem(Problem.Kind.DUPLICATE_NUMBER, null, null, "validation.number.duplicate",
                        plan.numberAndSymbol(), other.subject())));
        return problems;
    }

    private static void checkPhase(Phase phase, Phase parent, List<Problem> problems) {
        if (phase.span().kind() == TimeKind.UNRESOLVED) {
            problems.add(new Problem(Problem.Kind.UNREADABLE_DEADLINE, phase.id(), null, "validation.span.unreadable", phase.span().raw()));
        }
        if (endsBeforeItStarts(phase.span())) {
            problems.add(new Problem(Problem.Kind.PHASE_ENDS_BEFORE_START, phase.id(), null, "validation.phase.endsBeforeStart",
                    phase.span().raw()));
        }
        TimeExpression span = hasDates(phase.span()) || parent == null ? phase.span() : parent.span();
        String spanWords = hasDates(span) ? spanText(span) : null;
        for (Task task : phase.tasks()) {
            checkTask(phase, span, spanWords, task, problems);
        }
    }

    /** {@code spanWords}: the span as the message shows it, null when it has no dates. */
    private static void checkTask(Phase phase, TimeExpression span, String spanWords, Task task, List<Problem> problems) {
        if (task.lead().isEmpty()) {
            problems.add(new Problem(Problem.Kind.NO_LEAD_UNIT, phase.id(), task.id(), "validation.task.noLead"));
        }
        TimeExpression deadline = task.deadline();
        if (deadline.kind() == TimeKind.UNRESOLVED) {
            problems.add(new Problem(Problem.Kind.UNREADABLE_DEADLINE, phase.id(), task.id(), "validation.task.unreadable", deadline.raw()));
            return;
        }
        if (spanWords != null && outside(deadline, span)) {
            problems.add(new Problem(Problem.Kind.DEADLINE_OUTSIDE_PHASE, phase.id(), task.id(), "validation.task.outsidePhase",
                    deadline.raw(), spanWords));
        }
    }

    /** The task's dates reach beyond the phase's: due after its end, or starting before its start. */
    private static boolean outside(TimeExpression deadline, TimeExpression span) {
        LocalDate due = deadline.due();
        if (due == null) {
            return false;
        }
        LocalDate start = deadline.start() != null ? deadline.start() : due;
        boolean afterEnd = span.end() != null && due.isAfter(span.end());
        boolean beforeStart = span.start() != null && start.isBefore(span.start()) && due.isBefore(span.start());
        return afterEnd || beforeStart;
    }

    private static boolean hasDates(TimeExpression span) {
        return span.kind().hasDueDate() && (span.start() != null || span.end() != null);
    }

    /**
     * The words name an end before their start: "Từ ngày 15/4 đến ngày 01/4/2019". The parser reads
     * such words as crossing the year turn, so the dates as written are compared in order, a date
     * without a year taking the year written after it (offices write the year once, at the end).
     */
    static boolean endsBeforeItStarts(TimeExpression span) {
        if (span.kind() == TimeKind.NONE) {
            return false;
        }
        Matcher m = WRITTEN_DATE.matcher(span.raw());
        List<int[]> dates = new ArrayList<>();
        while (m.find()) {
            int year = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
            dates.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), year});
        }
        int year = -1;
        for (int i = dates.size() - 1; i >= 0; i--) {
            if (dates.get(i)[2] >= 0) {
                year = dates.get(i)[2];
            } else {
                dates.get(i)[2] = year;
            }
        }
        for (int i = 1; i < dates.size(); i++) {
            if (order(dates.get(i)) < order(dates.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static long order(int[] dayMonthYear) {
        return dayMonthYear[2] * 10_000L + dayMonthYear[1] * 100L + dayMonthYear[0];
    }

    private static LocalDate startOf(TimeExpression e) {
        return e.start() != null ? e.start() : e.end();
    }

    /** A phase's span as the message shows it: 01/04/2019 – 15/04/2019. */
    static String spanText(TimeExpression span) {
        String start = span.start() == null ? "" : NumericDate.FORMAT.format(span.start());
        String end = span.end() == null ? "" : NumericDate.FORMAT.format(span.end());
        return start.isEmpty() ? end : start + " – " + end;
    }
}

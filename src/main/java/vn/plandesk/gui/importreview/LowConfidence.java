package vn.plandesk.gui.importreview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.logic.importer.Finding;
import vn.plandesk.logic.importer.UnitMatcher;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;

/**
 * Where the importer guessed a lead or a deadline with little to go on, judged from what it
 * returned: a lead neither the office's directory nor the public-body list knows, deadline words
 * that could not be read or fall well before the plan was issued, a task without a lead among
 * siblings that have one (the reader probably missed it). Each becomes a finding on that field.
 */
final class LowConfidence {
    /** A deadline this long before the issue date is suspect (a year or more is already the reader's finding). */
    private static final int LONG_BEFORE_DAYS = 30;

    private final UnitMatcher units;
    private final LocalDate issuedOn;
    private final List<Finding> findings = new ArrayList<>();

    private LowConfidence(UnitMatcher units, LocalDate issuedOn) {
        this.units = units;
        this.issuedOn = issuedOn;
    }

    static List<Finding> of(List<ReviewRow> phases, UnitMatcher units, LocalDate issuedOn) {
        LowConfidence check = new LowConfidence(units, issuedOn);
        phases.forEach(check::visit);
        return check.findings;
    }

    private void visit(ReviewRow row) {
        unknownLeads(row);
        deadline(row);
        List<ReviewRow> tasks = row.children().stream().filter(child -> !child.isPhase()).toList();
        long withLead = tasks.stream().filter(LowConfidence::hasLead).count();
        for (ReviewRow task : tasks) {
            visit(task);
            // more than half of its siblings name a lead, this one none
            if (!hasLead(task) && withLead * 2 > tasks.size() - 1) {
                findings.add(Finding.of(task.path() + ".lead", -1, -1, "review.low.leadMissingAmongSiblings"));
            }
        }
        row.children().stream().filter(ReviewRow::isPhase).forEach(this::visit);
    }

    private void unknownLeads(ReviewRow row) {
        List<String> unknown = UnitLists.parse(row.field(ReviewRow.Column.LEAD).value()).stream()
                .filter(name -> units.match(name) == null && units.publicBody(name) == null).toList();
        if (!unknown.isEmpty()) {
            findings.add(Finding.of(row.path() + ".lead", -1, -1, "review.low.leadUnknown", String.join(UnitLists.SEPARATOR, unknown)));
        }
    }

    private void deadline(ReviewRow row) {
        TimeExpression deadline = row.deadline();
        if (deadline.kind() == TimeKind.UNRESOLVED) {
            findings.add(Finding.of(row.path() + ".deadline", -1, -1, "finding.deadlineUnresolved", deadline.raw()));
        } else if (issuedOn != null && deadline.kind().hasDueDate() && deadline.end() != null
                && deadline.end().isBefore(issuedOn.minusDays(LONG_BEFORE_DAYS))
                && !deadline.hasFlag(TimeExpression.Flag.FAR_BEFORE_PLAN)) {
            findings.add(Finding.of(row.path() + ".deadline", -1, -1, "review.low.deadlineBeforeIssue", deadline.raw(),
                    Deadlines.date(issuedOn)));
        }
    }

    private static boolean hasLead(ReviewRow row) {
        return !UnitLists.parse(row.field(ReviewRow.Column.LEAD).value()).isEmpty();
    }
}

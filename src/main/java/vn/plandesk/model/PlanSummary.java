package vn.plandesk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the plan list.
 *
 * <p>{@code equals} and {@code hashCode} are written out: a record's own are made on their first call (a method
 * handle per component, built by the JDK), which took 20–30 ms of the JavaFX thread in every start that shows
 * a plan, when the list's first rows compare their items. The list finds changed rows by them: every component
 * counts (PlanSummaryTest).
 */
public record PlanSummary(long id, long version, DocumentType type, String numberAndSymbol, String issuer,
                          LocalDate issuedOn, String subject, PlanStatus status, int phaseCount, int taskCount) {

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanSummary p && id == p.id && version == p.version && type == p.type
                && Objects.equals(numberAndSymbol, p.numberAndSymbol) && Objects.equals(issuer, p.issuer)
                && Objects.equals(issuedOn, p.issuedOn) && Objects.equals(subject, p.subject) && status == p.status
                && phaseCount == p.phaseCount && taskCount == p.taskCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, type, numberAndSymbol, issuer, issuedOn, subject, status, phaseCount, taskCount);
    }
}

package vn.plandesk.model;

import java.time.LocalDate;

/** One line of the plan list. */
public record PlanSummary(long id, long version, DocumentType type, String numberAndSymbol, String issuer,
                          LocalDate issuedOn, String subject, PlanStatus status, int phaseCount, int taskCount) {
}

package vn.plandesk.model;

import java.time.LocalDate;
import java.util.List;

/** Everything about a plan except its phases and tasks: what the header form edits. */
public record PlanHeader(DocumentType type, String numberAndSymbol, String governingBody, String issuer, String place,
                         LocalDate issuedOn, String subject, List<String> legalBases, List<TextSection> sections,
                         Signer signer, List<Recipient> recipients, PlanStatus status, String source, String notes) {
}

package vn.plandesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plan (or a notice, programme, scheme, report followed up like one) with everything its
 * document says. {@code id} and {@code version} are the store's: null and 0 for a plan not yet
 * stored. {@code numberAndSymbol} is as written after "Số:" (null in a draft).
 * {@code participants} are bodies or people given work by the plan outside any task assignment
 * (members of a drafting team); {@code sourceDeadlines} are the time phrases an importer or an
 * annotation found in the source document, in order.
 */
public record Plan(Long id, long version, DocumentType type, String numberAndSymbol, String governingBody,
                   String issuer, String place, LocalDate issuedOn, String subject, List<String> legalBases,
                   List<TextSection> sections, List<Phase> phases, Signer signer, List<Recipient> recipients,
                   PlanStatus status, String source, String notes, List<UnitRef> participants,
                   List<TimeExpression> sourceDeadlines) {

    public Plan {
        type = type == null ? DocumentType.KE_HOACH : type;
        numberAndSymbol = Text.clean(numberAndSymbol);
        governingBody = Text.clean(governingBody);
        issuer = Text.clean(issuer);
        place = Text.clean(place);
        subject = Text.clean(subject);
        Objects.requireNonNull(subject, "a plan needs its subject (trích yếu)");
        legalBases = legalBases == null ? List.of() : legalBases.stream().map(Text::clean).filter(Objects::nonNull).toList();
        sections = List.copyOf(sections == null ? List.of() : sections);
        phases = List.copyOf(phases == null ? List.of() : phases);
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
        status = status == null ? PlanStatus.DRAFT : status;
        source = Text.clean(source);
        notes = Text.clean(notes);
        participants = List.copyOf(participants == null ? List.of() : participants);
        sourceDeadlines = List.copyOf(sourceDeadlines == null ? List.of() : sourceDeadlines);
    }

    /** A new draft with a subject and nothing else. */
    public static Plan draft(DocumentType type, String subject) {
        return new Plan(null, 0, type, null, null, null, null, null, subject, List.of(), List.of(), List.of(),
                null, List.of(), PlanStatus.DRAFT, "PlanDesk", null, List.of(), List.of());
    }

    /** Every task in document order, sub-phases included. */
    public List<Task> allTasks() {
        List<Task> all = new ArrayList<>();
        phases.forEach(p -> all.addAll(p.allTasks()));
        return all;
    }

    public int taskCount() {
        return phases.stream().mapToInt(p -> p.allTasks().size()).sum();
    }

    /** The year dates without a year are read in: the issue year, when known. */
    public Integer year() {
        return issuedOn == null ? null : issuedOn.getYear();
    }

    /**
     * Every unit the plan gives work to, first mention first, one entry per name: participants,
     * focal units, then lead and cooperating units of each task.
     */
    public List<UnitRef> involvedUnits() {
        Map<String, UnitRef> byName = new LinkedHashMap<>();
        participants.forEach(u -> byName.putIfAbsent(u.name(), u));
        for (Phase phase : phases) {
            collectUnits(phase, byName);
            phase.subPhases().forEach(sub -> collectUnits(sub, byName));
        }
        return List.copyOf(byName.values());
    }

    private static void collectUnits(Phase phase, Map<String, UnitRef> byName) {
        if (phase.focalUnit() != null) {
            byName.putIfAbsent(phase.focalUnit().name(), phase.focalUnit());
        }
        for (Task task : phase.tasks()) {
            task.lead().forEach(u -> byName.putIfAbsent(u.name(), u));
            task.support().forEach(u -> byName.putIfAbsent(u.name(), u));
        }
    }

    public Plan withPhases(List<Phase> newPhases) {
        return new Plan(id, version, type, numberAndSymbol, governingBody, issuer, place, issuedOn, subject, legalBases,
                sections, newPhases, signer, recipients, status, source, notes, participants, sourceDeadlines);
    }

    public Plan withIdentity(Long newId, long newVersion) {
        return new Plan(newId, newVersion, type, numberAndSymbol, governingBody, issuer, place, issuedOn, subject, legalBases,
                sections, phases, signer, recipients, status, source, notes, participants, sourceDeadlines);
    }

    /** The header fields of this plan: what the header form edits. */
    public PlanHeader header() {
        return new PlanHeader(type, numberAndSymbol, governingBody, issuer, place, issuedOn, subject, legalBases,
                sections, signer, recipients, status, source, notes);
    }

    /** This plan with its header replaced, phases kept. */
    public Plan withHeader(PlanHeader h) {
        return new Plan(id, version, h.type(), h.numberAndSymbol(), h.governingBody(), h.issuer(), h.place(), h.issuedOn(),
                h.subject(), h.legalBases(), h.sections(), phases, h.signer(), h.recipients(), h.status(), h.source(), h.notes(),
                participants, sourceDeadlines);
    }
}

package vn.plandesk.logic.importer;

import java.util.List;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Unit;

/**
 * A plan read from a file, not stored: what the review step shows and the user accepts.
 * {@code plan} has no ids; its unit references carry directory names where a unit was recognised.
 * {@code sourceText} is the text the plan was read from and {@code spans} locate what was read in
 * it; {@code findings} are the fields a person should check, each with its reason;
 * {@code proposedUnits} are bodies the directory does not know yet (stored only on acceptance);
 * {@code matchedUnits} tell which written name was read as which directory unit.
 */
public record ImportResult(Plan plan, String sourceText, List<Finding> findings, List<SourceSpan> spans,
                           List<Unit> proposedUnits, List<UnitMatch> matchedUnits) {

    /** A name as the document writes it and the directory unit it was read as. */
    public record UnitMatch(String asWritten, Unit unit) {
    }

    public ImportResult {
        sourceText = sourceText == null ? "" : sourceText;
        findings = List.copyOf(findings);
        spans = List.copyOf(spans);
        proposedUnits = List.copyOf(proposedUnits);
        matchedUnits = List.copyOf(matchedUnits);
    }

    /** The findings about one field ("phases[0].tasks[1].lead"), for marking it in the review step. */
    public List<Finding> findingsFor(String field) {
        return findings.stream().filter(f -> f.field().equals(field)).toList();
    }
}

package vn.plandesk.logic.importer;

/**
 * Where a value of the imported plan was read in the source text: {@code field} names it as the
 * findings do ("phases[1].tasks[0]", "phases[1].tasks[0].deadline", "deadlines[3]", "signer").
 */
public record SourceSpan(String field, int start, int end) {
}

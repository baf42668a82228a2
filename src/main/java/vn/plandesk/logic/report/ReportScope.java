package vn.plandesk.logic.report;

/**
 * What a report covers: every plan, one plan ({@code planId}), or the tasks one unit leads
 * ({@code unitName}, matched without accents, part of the name is enough). Both may be given.
 */
public record ReportScope(Long planId, String unitName) {

    public static final ReportScope ALL = new ReportScope(null, null);

    public ReportScope {
        unitName = unitName == null || unitName.isBlank() ? null : unitName.strip();
    }
}

package vn.plandesk.logic.export;

/** The files a plan or a unit report can be exported as. */
public enum ExportFormat {
    /** Word: the plan as a document ready to print and sign. */
    DOCX("docx"),
    /** Excel: the assignment table, by unit, and follow-up sheets. */
    XLSX("xlsx"),
    /** Plan JSON (shared/reference/plan-json.md), for another PlanDesk or a program. */
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension without its dot: "docx". */
    public String extension() {
        return extension;
    }
}

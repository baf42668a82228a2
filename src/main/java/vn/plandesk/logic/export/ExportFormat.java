package vn.plandesk.logic.export;

/**
 * The files PlanDesk exports: one list for the window and the command line. A new format is one value
 * here and one writer in {@link ExportService}.
 */
public enum ExportFormat {
    /** Word: the plan as a document ready to print and sign, a unit's letter, the report, or urging letters. */
    DOCX("docx"),
    /** Excel: the assignment table, by unit and follow-up sheets, a unit's sheet, or the report with formulas. */
    XLSX("xlsx"),
    /** The timeline on paper-sized PDF pages, with real text. */
    PDF("pdf"),
    /** The timeline as PNG images, one per page. */
    PNG("png"),
    /** Plan JSON (shared/reference/plan-json.md), for another PlanDesk or a program. */
    JSON("json"),
    /** Microsoft Project XML (MSPDI). */
    MSPDI("xml"),
    /** The deadlines as an iCalendar file for Outlook, Google or Thunderbird. */
    ICS("ics");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension without its dot: "docx". */
    public String extension() {
        return extension;
    }

    /** Whether the file is a timeline drawn on pages (paper, orientation and pages wide apply). */
    public boolean isTimeline() {
        return this == PDF || this == PNG;
    }

    /** Whether the file is text, so it can also be printed to a console. */
    public boolean isText() {
        return this == JSON || this == MSPDI || this == ICS;
    }

    /** Whether the export tells how far it has come (the others are over too soon to need it). */
    public boolean reportsProgress() {
        return this == DOCX || this == XLSX;
    }
}

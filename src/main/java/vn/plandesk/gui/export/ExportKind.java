package vn.plandesk.gui.export;

import vn.plandesk.logic.i18n.Messages;

/** What a plan can be exported as from the window, each with its file name extension. */
public enum ExportKind {
    /** The plan as a Word document ready to print and sign. */
    DOCX("docx"),
    /** The assignment table, by unit and follow-up sheets. */
    XLSX("xlsx"),
    /** The timeline on paper-sized PDF pages, with real text. */
    PDF("pdf"),
    /** The timeline as PNG images, one per page. */
    PNG("png"),
    /** Plan JSON, for another PlanDesk or a program. */
    JSON("json"),
    /** Microsoft Project XML (MSPDI). */
    MSPDI("xml"),
    /** The deadlines as a calendar for Outlook, Google or Thunderbird. */
    ICS("ics");

    private final String extension;

    ExportKind(String extension) {
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

    /** Whether the export can report how far it has come (the others show a moving bar). */
    public boolean reportsProgress() {
        return this == DOCX || this == XLSX;
    }

    /** "Văn bản Word (.docx)": the choice as the dialog lists it. */
    public String label() {
        return Messages.get("exportDialog.kind." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** "Văn bản Word": the name the file chooser's filter shows. */
    public String filterName() {
        return Messages.get("exportDialog.filter." + name().toLowerCase(java.util.Locale.ROOT));
    }
}

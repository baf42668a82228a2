package vn.plandesk.logic.export;

import java.time.LocalDate;
import java.util.Objects;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.timeline.PageSetup;

/**
 * The choices that shape an export; each format reads those it needs. {@code docx}: the Word
 * document's; {@code pages}: the timeline's paper and fit; {@code calendar}: the days off the timeline
 * shades; {@code today}: the date overdue tasks are counted from and the timeline marks.
 */
public record ExportOptions(DocxOptions docx, PageSetup pages, WorkCalendar calendar, LocalDate today) {

    public ExportOptions {
        Objects.requireNonNull(docx, "docx");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(today, "today");
    }

    /** The whole document, the timeline on A4 landscape one page wide, the standard calendar. */
    public static ExportOptions standard(LocalDate today) {
        return new ExportOptions(DocxOptions.standard(), PageSetup.defaults(), WorkCalendar.standard(), today);
    }

    public ExportOptions withDocx(DocxOptions value) {
        return new ExportOptions(value, pages, calendar, today);
    }

    public ExportOptions withPages(PageSetup value) {
        return new ExportOptions(docx, value, calendar, today);
    }

    public ExportOptions withCalendar(WorkCalendar value) {
        return new ExportOptions(docx, pages, value, today);
    }
}

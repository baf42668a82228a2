package vn.plandesk.logic.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.export.docx.PlanDocxWriter;
import vn.plandesk.logic.export.docx.UnitReportDocxWriter;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.logic.export.xlsx.PlanXlsxWriter;
import vn.plandesk.logic.export.xlsx.UnitReportXlsxWriter;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.SafeFiles;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.model.Plan;

/**
 * Where the window and the command line start an export. Every file is written through
 * {@link SafeFiles}: to a temporary file in the target's folder, then moved into place, so a locked
 * file, a read-only folder or a full disk gives a clear message and leaves an existing file intact.
 * Safe to call from a background thread; {@code progress} is told from that thread.
 */
public final class ExportService {

    /**
     * Writes {@code plan} to {@code target}. {@code options} shape the Word document (ignored for the
     * other formats); {@code today} is the date the workbook's follow-up sheet counts from.
     */
    public void exportPlan(Plan plan, ExportFormat format, DocxOptions options, LocalDate today, Path target,
                           ExportProgress progress) throws FileWriteException {
        Objects.requireNonNull(plan, "plan");
        ExportProgress told = progress == null ? ExportProgress.NONE : progress;
        switch (format) {
            case DOCX -> SafeFiles.write(target, out -> new PlanDocxWriter().write(plan, options, out, told));
            case XLSX -> SafeFiles.write(target, out -> new PlanXlsxWriter().write(plan, today, out, told));
            case JSON -> SafeFiles.write(target, out -> out.write(new PlanJson().write(plan).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Writes a unit's report as a letter (.docx) or a sheet (.xlsx). */
    public void exportUnitReport(UnitReport report, ExportFormat format, Path target, ExportProgress progress)
            throws FileWriteException {
        Objects.requireNonNull(report, "report");
        ExportProgress told = progress == null ? ExportProgress.NONE : progress;
        switch (format) {
            case DOCX -> SafeFiles.write(target, out -> new UnitReportDocxWriter().write(report, out, told));
            case XLSX -> SafeFiles.write(target, out -> new UnitReportXlsxWriter().write(report, out, told));
            case JSON -> throw new IllegalArgumentException("a unit report is a letter or a sheet, not plan JSON");
        }
    }
}

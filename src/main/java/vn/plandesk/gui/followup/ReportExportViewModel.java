package vn.plandesk.gui.followup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.export.ExportDestination;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportOptions;
import vn.plandesk.logic.export.ExportRequest;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.ExportSubject;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.ReportScope;
import vn.plandesk.logic.report.ReportWords;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Plan;

/**
 * The report export dialog without its controls: the period (starting from the one the follow-up
 * view shows), the scope (every plan or one, every lead unit or one), Word or Excel, the file; the
 * report is counted and written on the window's executor through {@link ExportService}, from the
 * very plans the view counts, so the document shows the view's figures.
 */
public final class ReportExportViewModel {
    private final List<Plan> plans;
    private final List<String> unitNames;
    private final LocalDate today;
    private final ReportSettings period;
    private final TaskExecutor executor;
    private final DocumentRun run;
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<String> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.DOCX);
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>(this, "target");
    /** The file name last suggested: while the file still has it, it follows the period chosen. */
    private String suggested;

    /**
     * {@code plans}: those the follow-up view counts; {@code unitNames}: the lead units its report
     * lists; {@code periodCopy}: makes a copy of its period choices, told of the copy's changes;
     * {@code folder}: where the file goes unless the user picks another.
     */
    ReportExportViewModel(List<Plan> plans, List<String> unitNames, BiFunction<LocalDate, Runnable, ReportSettings> periodCopy,
                          LocalDate today, Path folder, TaskExecutor executor, FollowUpDialogs dialogs) {
        this.plans = List.copyOf(plans);
        this.unitNames = List.copyOf(unitNames);
        this.today = today;
        this.period = periodCopy.apply(today, this::periodChanged);
        this.executor = executor;
        this.run = new DocumentRun(executor, dialogs);
        suggested = suggestedFileName();
        target.set(folder.resolve(suggested));
        format.addListener((o, before, now) -> {
            if (target.get() != null) {
                target.set(withExtension(target.get()));
            }
            suggested = suggestedFileName();
        });
    }

    public ReportSettings period() {
        return period;
    }

    /** Every plan counted, for the scope choice. */
    public List<Plan> plans() {
        return plans;
    }

    /** The lead units of the report, for the scope choice. */
    public List<String> unitNames() {
        return unitNames;
    }

    /** The one plan reported on; null for every plan. */
    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    /** The one lead unit reported on; null for every unit. */
    public ObjectProperty<String> unitProperty() {
        return unit;
    }

    /** Word or Excel. */
    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public DocumentRun run() {
        return run;
    }

    /**
     * "Chọn…": asks {@code chooser} for the file, giving it the folder of the file chosen so far (null when
     * that is no folder) and the name suggested, once that folder was looked at in the background.
     */
    public void chooseTarget(BiFunction<Path, String, Path> chooser) {
        Path now = target.get();
        StartingFolder.lookAt(executor, now == null ? null : now.getParent(), folder -> {
            Path chosen = chooser.apply(folder, suggestedFileName());
            if (chosen != null) {
                target.set(chosen);
            }
        });
    }

    /** "bao-cao-quy-iv-nam-2026.docx", from the period chosen. */
    public String suggestedFileName() {
        ReportPeriod chosen = period.period();
        String words = chosen == null ? "" : " " + ReportWords.period(chosen);
        String stem = VietnameseText.searchKey(Messages.get("followup.reportExport.fileStem") + words)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return stem + "." + format.get().extension();
    }

    private void periodChanged() {
        if (period == null) {
            return; // the copy being made: its first choices are not a change
        }
        Path file = target.get();
        String now = suggestedFileName();
        if (file != null && file.getFileName().toString().equals(suggested)) {
            target.set(file.resolveSibling(now));
        }
        suggested = now;
    }

    /** The file with the format's extension: a ".docx" file that is really a workbook would confuse everyone. */
    Path withExtension(Path file) {
        String name = file.getFileName().toString();
        String wanted = "." + format.get().extension();
        if (name.toLowerCase(Locale.ROOT).endsWith(wanted)) {
            return file;
        }
        String other = name.replaceAll("(?i)\\.(docx|xlsx)$", "");
        return file.resolveSibling(other + wanted);
    }

    /** Counts and writes the report; refuses in one line when the period, the file or the figures are missing. */
    public void export() {
        ReportPeriod chosen = period.period();
        if (chosen == null) {
            run.refuse(Messages.get("followup.report.badDates"));
            return;
        }
        if (target.get() == null) {
            run.refuse(Messages.get("followup.document.noTarget"));
            return;
        }
        Path file = withExtension(target.get());
        target.set(file);
        ExportFormat chosenFormat = format.get();
        ReportScope scope = new ReportScope(plan.get() == null ? null : plan.get().id(), unit.get());
        run.start(Messages.get("followup.reportExport.running", ReportWords.period(chosen), file.getFileName().toString()),
                (progress, cancelled) -> {
                    ProgressReport report = ProgressReport.build(plans, chosen, scope, today);
                    if (report.total().total() == 0) {
                        throw new DocumentRun.Refused(Messages.get("report.nothing", ReportWords.period(chosen)));
                    }
                    ExportRequest request = new ExportRequest(ExportSubject.report(report), chosenFormat,
                            ExportOptions.standard(report.asOf()), ExportDestination.file(file));
                    return new ExportService().export(request, progress, cancelled);
                },
                result -> Messages.get("followup.reportExport.done", ReportWords.period(chosen), file.toAbsolutePath().toString()));
    }
}

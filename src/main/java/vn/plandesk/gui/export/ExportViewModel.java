package vn.plandesk.gui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.export.ExportDestination;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportOptions;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.ExportRequest;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.ExportSubject;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.logic.timeline.PageSetup;
import vn.plandesk.logic.timeline.Paper;
import vn.plandesk.model.Plan;

/**
 * The export dialog without its controls: what to export and how, the suggested file name, the
 * remembered folder, and the export itself ({@link #export}), which may run on any thread and goes
 * through {@link ExportService}, so a failure or a cancel leaves an existing file as it was.
 */
public final class ExportViewModel {
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final Pattern DASHES = Pattern.compile("[\\s-]+");

    private final Plan plan;
    private final WorkCalendar calendar;
    private final LocalDate today;
    private final LastExport last;
    private final Preferences preferences;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.DOCX);
    private final BooleanProperty appendixOnly = new SimpleBooleanProperty(this, "appendixOnly");
    private final BooleanProperty draft = new SimpleBooleanProperty(this, "draft");
    private final BooleanProperty subjectInCapitals = new SimpleBooleanProperty(this, "subjectInCapitals");
    private final IntegerProperty bodyPoints = new SimpleIntegerProperty(this, "bodyPoints", 14);
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final BooleanProperty landscape = new SimpleBooleanProperty(this, "landscape", true);
    private final IntegerProperty pagesWide = new SimpleIntegerProperty(this, "pagesWide", 1);

    /**
     * {@code last}: the format and folder of the last export, read beforehand from {@code preferences}, the
     * node where this export is remembered in turn (tests pass their own); {@code calendar}: the office's
     * holidays for the timeline; {@code today}: the date overdue tasks are counted from.
     */
    public ExportViewModel(Plan plan, WorkCalendar calendar, LocalDate today, LastExport last, Preferences preferences) {
        this.plan = plan;
        this.calendar = calendar;
        this.today = today;
        this.last = last;
        this.preferences = preferences;
        // a plan without a number is still a draft: offer the blank number the clerk fills in
        draft.set(plan.numberAndSymbol() == null);
        format.set(last.format());
    }

    public Plan plan() {
        return plan;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty appendixOnlyProperty() {
        return appendixOnly;
    }

    public BooleanProperty draftProperty() {
        return draft;
    }

    public BooleanProperty subjectInCapitalsProperty() {
        return subjectInCapitals;
    }

    /** 13 or 14. */
    public IntegerProperty bodyPointsProperty() {
        return bodyPoints;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public BooleanProperty landscapeProperty() {
        return landscape;
    }

    /** 1 to {@link PageSetup#MAX_PAGES}. */
    public IntegerProperty pagesWideProperty() {
        return pagesWide;
    }

    public DocxOptions docxOptions() {
        return new DocxOptions(appendixOnly.get(), draft.get(), subjectInCapitals.get(), bodyPoints.get());
    }

    public PageSetup pageSetup() {
        int wide = Math.max(1, Math.min(PageSetup.MAX_PAGES, pagesWide.get()));
        return PageSetup.defaults().withPaper(paper.get(), landscape.get()).withFit(wide, 0);
    }

    /**
     * "KH-25-KH-KHCN.docx" from the type and the number "25/KH-KHCN", with the characters a file name
     * cannot hold replaced; "ke-hoach-du-thao.docx" for a plan not numbered yet or exported as a draft.
     */
    public String suggestedFileName() {
        String number = plan.numberAndSymbol();
        String stem;
        if (number == null || (draft.get() && format.get() == ExportFormat.DOCX)) {
            String type = DASHES.matcher(VietnameseText.searchKey(plan.type().title())).replaceAll("-");
            stem = Messages.get("exportDialog.draftFileName", type);
        } else {
            String abbreviation = plan.type().abbreviation();
            stem = abbreviation.isEmpty() ? number : abbreviation + "-" + number;
        }
        String safe = DASHES.matcher(UNSAFE.matcher(VietnameseText.nfc(stem)).replaceAll("-")).replaceAll("-");
        safe = safe.replaceAll("^[-.]+|[-.]+$", "");
        return (safe.isEmpty() ? "plandesk" : safe) + "." + format.get().extension();
    }

    /** Where the file chooser opens: the last folder a file was exported to, if it still exists. */
    public Path initialFolder() {
        return last.folder();
    }

    /** Keeps the chosen file's folder and the format for the next export. */
    public void remember(Path chosenFile) {
        LastExport.remember(preferences, chosenFile, format.get());
    }

    /**
     * The chosen file with the format's extension: file choosers on Linux do not add it, and a
     * ".docx" file that is really a workbook would confuse everyone.
     */
    public Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        String wanted = "." + format.get().extension();
        return name.toLowerCase(Locale.ROOT).endsWith(wanted) ? chosen : chosen.resolveSibling(name + wanted);
    }

    /**
     * Writes the plan to {@code target} in the chosen format, telling {@code progress} (tasks for
     * Word and Excel; nothing for the others) and stopping with a {@link CancellationException} as
     * soon as {@code cancelled} says so. Returns the files written: one, or one per PNG page.
     */
    public List<Path> export(Path target, ExportProgress progress, BooleanSupplier cancelled) throws FileWriteException {
        ExportOptions options = ExportOptions.standard(today).withDocx(docxOptions()).withPages(pageSetup()).withCalendar(calendar);
        ExportRequest request = new ExportRequest(ExportSubject.plan(plan), format.get(), options, ExportDestination.file(target));
        return new ExportService().export(request, progress, cancelled).files();
    }

    /** "Đã xuất văn bản Word ra /…/KH-25.docx. Mở tệp ngay?" */
    public String doneMessage(List<Path> written) {
        if (written.size() > 1) {
            return Messages.get("exportDialog.donePages", written.size(), written.get(0).toAbsolutePath().toString());
        }
        return Messages.get("exportDialog.done", FormatNames.filterName(format.get()), written.get(0).toAbsolutePath().toString());
    }

    /** The sentence for a failed export: the file layer's own explanation when it has one. */
    public String failureMessage(Throwable failure, Path target) {
        if (failure instanceof FileWriteException || failure instanceof StoreException) {
            return failure.getMessage();
        }
        return Messages.get("exportDialog.failed", target.toAbsolutePath().toString());
    }
}

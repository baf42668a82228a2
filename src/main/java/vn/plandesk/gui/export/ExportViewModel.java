package vn.plandesk.gui.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
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
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.SafeFiles;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.export.ical.IcsWriter;
import vn.plandesk.logic.export.mspdi.MspdiWriter;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.logic.timeline.PageSetup;
import vn.plandesk.logic.timeline.PagedTimeline;
import vn.plandesk.logic.timeline.Paper;
import vn.plandesk.logic.timeline.TimelineFiles;
import vn.plandesk.model.Plan;

/**
 * The export dialog without its controls: what to export and how, the suggested file name, the
 * remembered folder, and the export itself ({@link #export}), which may run on any thread and
 * writes every file through {@link SafeFiles}, so a failure or a cancel leaves an existing file as it was.
 */
public final class ExportViewModel {
    static final String FOLDER_KEY = "lastFolder";
    static final String KIND_KEY = "lastKind";
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final Pattern DASHES = Pattern.compile("[\\s-]+");

    private final Plan plan;
    private final WorkCalendar calendar;
    private final LocalDate today;
    private final Preferences preferences;

    private final ObjectProperty<ExportKind> kind = new SimpleObjectProperty<>(this, "kind", ExportKind.DOCX);
    private final BooleanProperty appendixOnly = new SimpleBooleanProperty(this, "appendixOnly");
    private final BooleanProperty draft = new SimpleBooleanProperty(this, "draft");
    private final BooleanProperty subjectInCapitals = new SimpleBooleanProperty(this, "subjectInCapitals");
    private final IntegerProperty bodyPoints = new SimpleIntegerProperty(this, "bodyPoints", 14);
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final BooleanProperty landscape = new SimpleBooleanProperty(this, "landscape", true);
    private final IntegerProperty pagesWide = new SimpleIntegerProperty(this, "pagesWide", 1);

    /**
     * {@code preferences}: the node where the last folder and format are kept (tests pass their own);
     * {@code calendar}: the office's holidays for the timeline; {@code today}: the date overdue tasks
     * are counted from.
     */
    public ExportViewModel(Plan plan, WorkCalendar calendar, LocalDate today, Preferences preferences) {
        this.plan = plan;
        this.calendar = calendar;
        this.today = today;
        this.preferences = preferences;
        // a plan without a number is still a draft: offer the blank number the clerk fills in
        draft.set(plan.numberAndSymbol() == null);
        String last = preferences.get(KIND_KEY, ExportKind.DOCX.name());
        for (ExportKind k : ExportKind.values()) {
            if (k.name().equals(last)) {
                kind.set(k);
            }
        }
    }

    public Plan plan() {
        return plan;
    }

    public ObjectProperty<ExportKind> kindProperty() {
        return kind;
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
        if (number == null || (draft.get() && kind.get() == ExportKind.DOCX)) {
            String type = DASHES.matcher(VietnameseText.searchKey(plan.type().title())).replaceAll("-");
            stem = Messages.get("exportDialog.draftFileName", type);
        } else {
            String abbreviation = plan.type().abbreviation();
            stem = abbreviation.isEmpty() ? number : abbreviation + "-" + number;
        }
        String safe = DASHES.matcher(UNSAFE.matcher(VietnameseText.nfc(stem)).replaceAll("-")).replaceAll("-");
        safe = safe.replaceAll("^[-.]+|[-.]+$", "");
        return (safe.isEmpty() ? "plandesk" : safe) + "." + kind.get().extension();
    }

    /** Where the file chooser opens: the last folder a file was exported to, if it still exists. */
    public Path initialFolder() {
        String last = preferences.get(FOLDER_KEY, null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** Keeps the chosen file's folder and the format for the next export. */
    public void remember(Path chosenFile) {
        Path folder = chosenFile.toAbsolutePath().getParent();
        if (folder != null) {
            preferences.put(FOLDER_KEY, folder.toString());
        }
        preferences.put(KIND_KEY, kind.get().name());
    }

    /**
     * The chosen file with the format's extension: file choosers on Linux do not add it, and a
     * ".docx" file that is really a workbook would confuse everyone.
     */
    public Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        String wanted = "." + kind.get().extension();
        return name.toLowerCase(Locale.ROOT).endsWith(wanted) ? chosen : chosen.resolveSibling(name + wanted);
    }

    /**
     * Writes the plan to {@code target} in the chosen format, telling {@code progress} (tasks for
     * Word and Excel; nothing for the others) and stopping with a {@link CancellationException} as
     * soon as {@code cancelled} says so. Returns the files written: one, or one per PNG page.
     */
    public List<Path> export(Path target, ExportProgress progress, BooleanSupplier cancelled) throws FileWriteException {
        ExportKind chosen = kind.get();
        ExportProgress checked = (done, total) -> {
            stopIfCancelled(cancelled);
            progress.update(done, total);
        };
        stopIfCancelled(cancelled);
        try {
            return write(chosen, target, checked, cancelled);
        } catch (FileWriteException e) {
            // a writer may wrap the stop in its own exception (Jackson does); the stop is what happened
            stopIfCancelled(cancelled);
            throw e;
        }
    }

    private List<Path> write(ExportKind chosen, Path target, ExportProgress checked, BooleanSupplier cancelled)
            throws FileWriteException {
        switch (chosen) {
            case DOCX -> new ExportService().exportPlan(plan, ExportFormat.DOCX, docxOptions(), today, target, checked);
            case XLSX -> new ExportService().exportPlan(plan, ExportFormat.XLSX, docxOptions(), today, target, checked);
            case JSON -> SafeFiles.write(target, out -> new PlanJson().write(plan, guarded(out, cancelled)));
            case MSPDI -> SafeFiles.write(target, out -> new MspdiWriter().write(plan, guarded(out, cancelled)));
            case ICS -> SafeFiles.write(target, out -> new IcsWriter().writePlan(plan, guarded(out, cancelled)));
            case PDF -> {
                PagedTimeline pages = PagedTimeline.of(plan, pageSetup(), calendar, today, today);
                stopIfCancelled(cancelled);
                SafeFiles.write(target, out -> TimelineFiles.writePdf(pages, plan.subject(), guarded(out, cancelled)));
            }
            case PNG -> {
                PagedTimeline pages = PagedTimeline.of(plan, pageSetup(), calendar, today, today);
                stopIfCancelled(cancelled);
                return TimelineFiles.writePng(pages, target);
            }
        }
        return List.of(target);
    }

    /** "Đã xuất văn bản Word ra /…/KH-25.docx. Mở tệp ngay?" */
    public String doneMessage(List<Path> written) {
        if (written.size() > 1) {
            return Messages.get("exportDialog.donePages", written.size(), written.get(0).toAbsolutePath().toString());
        }
        return Messages.get("exportDialog.done", kind.get().filterName(), written.get(0).toAbsolutePath().toString());
    }

    /** The sentence for a failed export: the file layer's own explanation when it has one. */
    public String failureMessage(Throwable failure, Path target) {
        if (failure instanceof FileWriteException || failure instanceof StoreException) {
            return failure.getMessage();
        }
        return Messages.get("exportDialog.failed", target.toAbsolutePath().toString());
    }

    private static void stopIfCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    /** A stream that stops the writing once the user cancels; SafeFiles then removes its temporary file. */
    private static OutputStream guarded(OutputStream out, BooleanSupplier cancelled) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                stopIfCancelled(cancelled);
                out.write(bytes, offset, length);
            }

            @Override
            public void write(int b) throws IOException {
                stopIfCancelled(cancelled);
                out.write(b);
            }
        };
    }
}

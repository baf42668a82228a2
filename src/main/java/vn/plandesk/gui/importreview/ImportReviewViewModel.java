package vn.plandesk.gui.importreview;

import java.nio.file.Path;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.FailureMessage;
import vn.plandesk.gui.background.TaskExecutor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.Finding;
import vn.plandesk.logic.importer.ImportException;
import vn.plandesk.logic.importer.ImportResult;
import vn.plandesk.logic.importer.PlanImporter;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.importer.SourceSpan;
import vn.plandesk.logic.importer.UnitMatcher;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.UnitDirectory;
import vn.plandesk.logic.time.TimeExpressionParser;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Unit;

/**
 * The review step of bringing a plan document in: what was read, laid out for checking and
 * editing, with every uncertain value marked and why (the importer's findings, and the leads and
 * deadlines it guessed with little to go on: {@link LowConfidence}). Reading runs in the
 * window's {@link TaskExecutor}; nothing is stored until {@link #accept()}, which stores the plan as the user
 * left it in one transaction: a correction reaches other rows only when the user agrees to it.
 */
public final class ImportReviewViewModel {

    /** Where the review is. */
    public enum State { READING, READY, SAVING, FAILED, STORED, CANCELLED }

    /** A stretch of the source text, [start, end). */
    public record SourceRange(int start, int end) {
    }

    private final PlanStore plans;
    private final UnitDirectory directory;
    private final PublicBodies bodies;
    private final ReviewUnits units;
    private final StoreChanges changes;
    private final DialogService dialogs;
    private final TaskExecutor background;
    private final TimeExpressionParser parser = new TimeExpressionParser();

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READING);
    private final ReadOnlyStringWrapper documentName = new ReadOnlyStringWrapper(this, "documentName", "");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");
    private final ObservableList<SourceRuns.Run> sourceRuns = FXCollections.observableArrayList();
    // read-only views made once: a view made per call would drop the listeners put on it when collected
    private final ObservableList<SourceRuns.Run> sourceRunsView = FXCollections.unmodifiableObservableList(sourceRuns);
    private final ObjectProperty<SourceRange> sourceSelection = new SimpleObjectProperty<>(this, "sourceSelection");
    private final javafx.beans.property.ReadOnlyIntegerWrapper openFindings =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "openFindings");
    private final ReadOnlyObjectWrapper<FindingItem> goneTo = new ReadOnlyObjectWrapper<>(this, "goneTo");

    private final ReviewField<DocumentType> type = new ReviewField<>(Messages.get("review.field.type"), DocumentType.KE_HOACH, true);
    private final ReviewField<String> number = new ReviewField<>(Messages.get("review.field.number"), null, true);
    private final ReviewField<String> governingBody = new ReviewField<>(Messages.get("review.field.governingBody"), null, true);
    private final ReviewField<String> issuer = new ReviewField<>(Messages.get("review.field.issuer"), null, true);
    private final ReviewField<String> place = new ReviewField<>(Messages.get("review.field.place"), null, true);
    private final ReviewField<LocalDate> issuedOn = new ReviewField<>(Messages.get("review.field.issuedOn"), null, true);
    private final ReviewField<String> subject = new ReviewField<>(Messages.get("review.field.subject"), null, true);
    private final ReviewField<Authority> signerAuthority = new ReviewField<>(Messages.get("review.field.authority"), null, true);
    private final ReviewField<String> signerPosition = new ReviewField<>(Messages.get("review.field.position"), null, true);
    private final ReviewField<String> signerName = new ReviewField<>(Messages.get("review.field.signer"), null, true);
    private final ReviewField<String> recipients = new ReviewField<>(Messages.get("review.field.recipients"), null, true);

    private final ObservableList<ReviewRow> phases = FXCollections.observableArrayList();
    private final ObservableList<FindingItem> findings = FXCollections.observableArrayList();
    private final ObservableList<FindingItem> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final Map<ReviewField<?>, List<FindingItem>> findingsByField = new HashMap<>();
    private final Map<String, SourceSpan> spansByField = new HashMap<>();

    private ImportResult result;
    private boolean loading;
    private boolean correctingOthers;
    private long storedPlanId = -1;

    /** The document and the office's units directory ({@code directory}) are read in the background. */
    public ImportReviewViewModel(PlanStore plans, UnitDirectory directory, PublicBodies bodies, StoreChanges changes,
                                 DialogService dialogs, TaskExecutor background) {
        this.plans = plans;
        this.directory = directory;
        this.bodies = bodies;
        this.units = new ReviewUnits(bodies);
        this.changes = changes;
        this.dialogs = dialogs;
        this.background = background;
        for (ReviewField<?> header : headerFields()) {
            header.valueProperty().addListener((o, before, now) -> edited(header, null));
        }
    }

    // ---- reading ------------------------------------------------------------------------------

    /** Reads a dropped or chosen file; the review fills in when it has been read. */
    public void readFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        startReading(name);
        background.execute(BackgroundTask.wrap(() -> read(importer -> importer.read(file))).onSuccess(this::show)
                .onFailure(failure -> failed(name, failure)));
    }

    /** Reads text pasted into the window. */
    public void readText(String pasted) {
        String name = Messages.get("review.pastedName");
        startReading(name);
        background.execute(BackgroundTask.wrap(() -> read(importer -> importer.readText(name, pasted))).onSuccess(this::show)
                .onFailure(failure -> failed(name, failure)));
    }

    /** A document read against the units directory as it was read just before. */
    private record Read(List<Unit> directory, ImportResult result) {
    }

    @FunctionalInterface
    private interface Reading {
        ImportResult with(PlanImporter importer) throws Exception;
    }

    /** In the background: the directory, then the document read against it. */
    private Read read(Reading reading) throws Exception {
        List<Unit> known = directory.list();
        return new Read(known, reading.with(new PlanImporter(known, bodies)));
    }

    private void show(Read read) {
        units.useDirectory(read.directory());
        show(read.result());
    }

    private void startReading(String name) {
        documentName.set(name);
        state.set(State.READING);
    }

    private void failed(String name, Throwable failure) {
        // an ImportException already says why in the user's language; anything else is our fault
        String message = failure instanceof ImportException ? failure.getMessage()
                : Messages.get("review.error.unexpected", name, String.valueOf(failure));
        state.set(State.FAILED);
        dialogs.showError(Messages.get("review.error.title"), message);
    }

    /** Lays out a plan read from a document for review. */
    void show(ImportResult read) {
        result = read;
        loading = true;
        try {
            load(read);
        } finally {
            loading = false;
        }
        state.set(State.READY);
    }

    private void load(ImportResult read) {
        Plan plan = read.plan();
        sourceText.set(read.sourceText());
        sourceRuns.setAll(SourceRuns.of(read.sourceText(), read.spans()));
        read.spans().forEach(span -> spansByField.putIfAbsent(span.field(), span));
        type.set(plan.type());
        number.set(plan.numberAndSymbol());
        governingBody.set(plan.governingBody());
        issuer.set(plan.issuer());
        place.set(plan.place());
        issuedOn.set(plan.issuedOn());
        subject.set(plan.subject());
        signerAuthority.set(plan.signer() == null ? null : plan.signer().authority());
        signerPosition.set(plan.signer() == null ? null : plan.signer().position());
        signerName.set(plan.signer() == null ? null : plan.signer().name());
        recipients.set(String.join("\n", plan.recipients().stream().map(Recipient::line).toList()));

        Map<String, ReviewRow> rowsByPath = new LinkedHashMap<>();
        List<ReviewRow> roots = new ArrayList<>();
        for (int i = 0; i < plan.phases().size(); i++) {
            roots.add(phaseRow("phases[" + i + "]", plan.phases().get(i), rowsByPath));
        }
        phases.setAll(roots);
        for (ReviewRow row : rowsByPath.values()) {
            row.field(ReviewRow.Column.UNDERSTOOD).setReason(Deadlines.remark(row.deadline(), plan.year()));
        }
        refreshUnitChoices();

        List<Finding> all = new ArrayList<>(read.findings());
        all.addAll(LowConfidence.of(phases, units.matcher(), plan.issuedOn()));
        FindingPlaces places = new FindingPlaces(Map.of("number", number, "issued_on", issuedOn, "issuer", issuer, "title", subject,
                "signer", signerName), rowsByPath, units::choice);
        List<FindingItem> items = all.stream().map(places::place).toList();
        findings.setAll(items);
        items.forEach(item -> item.resolvedProperty().addListener((o, was, is) -> countOpenFindings()));
        countOpenFindings();
        for (FindingItem item : items) {
            if (item.field() != null) {
                findingsByField.computeIfAbsent(item.field(), f -> new ArrayList<>()).add(item);
            }
        }
        findingsByField.forEach((field, list) ->
                field.setReason(String.join("\n", list.stream().map(FindingItem::reason).toList())));
    }

    private ReviewRow phaseRow(String path, Phase phase, Map<String, ReviewRow> rowsByPath) {
        ReviewRow row = ReviewRow.ofPhase(path, phase);
        rowsByPath.put(path, row);
        wire(row);
        for (int j = 0; j < phase.tasks().size(); j++) {
            String taskPath = path + ".tasks[" + j + "]";
            ReviewRow taskRow = ReviewRow.ofTask(taskPath, phase.tasks().get(j));
            rowsByPath.put(taskPath, taskRow);
            wire(taskRow);
            row.children().add(taskRow);
        }
        for (int k = 0; k < phase.subPhases().size(); k++) {
            row.children().add(phaseRow(path + ".subPhases[" + k + "]", phase.subPhases().get(k), rowsByPath));
        }
        return row;
    }

    private void wire(ReviewRow row) {
        for (ReviewField<String> field : row.editableFields()) {
            field.valueProperty().addListener((o, before, now) -> edited(field, row));
        }
        row.field(ReviewRow.Column.LEAD).valueProperty().addListener((o, before, now) -> offerSameCorrection(row, before, now));
    }

    private void countOpenFindings() {
        openFindings.set((int) findings.stream().filter(f -> !f.isResolved()).count());
    }

    // ---- editing ------------------------------------------------------------------------------

    /** A value changed: the user has looked at it, so its marks go; deadlines are read again. */
    private void edited(ReviewField<?> field, ReviewRow row) {
        if (loading) {
            return;
        }
        field.setReason(null);
        findingsByField.getOrDefault(field, List.of()).forEach(FindingItem::resolve);
        if (field == issuedOn) {
            allRows().forEach(this::reread);
        } else if (row != null && field == row.field(ReviewRow.Column.DEADLINE)) {
            reread(row);
        } else if (row != null && (field == row.field(ReviewRow.Column.LEAD) || field == row.field(ReviewRow.Column.SUPPORT))) {
            refreshUnitChoices();
        }
    }

    /**
     * Reads a row's deadline words again against the plan's issue date. The importer's own reading
     * is kept while neither the words nor the issue date changed: it saw the whole sentence.
     */
    private void reread(ReviewRow row) {
        String words = Objects.requireNonNullElse(row.field(ReviewRow.Column.DEADLINE).value(), "");
        LocalDate issued = issuedOn.value();
        boolean unchanged = words.strip().equals(row.originalDeadline().raw().strip())
                && Objects.equals(issued, result.plan().issuedOn());
        Integer year = issued == null ? null : issued.getYear();
        row.setDeadline(unchanged ? row.originalDeadline() : parser.parse(words, issued, year));
        row.field(ReviewRow.Column.UNDERSTOOD).setReason(Deadlines.remark(row.deadline(), year));
    }

    /**
     * After the user corrected one row's lead, offers the same correction to the other rows whose
     * lead names the words taken out; they change only if the user says so.
     */
    private void offerSameCorrection(ReviewRow corrected, String before, String now) {
        if (loading || correctingOthers) {
            return;
        }
        SameLeadCorrection.after(corrected, before, now, allRows()).ifPresent(correction -> {
            String replaced = String.join(UnitLists.SEPARATOR, correction.replaced());
            int count = correction.rows().size();
            String message = correction.by().isEmpty() ? Messages.get("review.sameLead.remove", count, replaced)
                    : Messages.get("review.sameLead.replace", count, replaced, String.join(UnitLists.SEPARATOR, correction.by()));
            if (!dialogs.confirm(Messages.get("review.sameLead.title"), Messages.get("review.sameLead.header"), message,
                    Messages.get("review.sameLead.confirm", count))) {
                return;
            }
            correctingOthers = true;
            try {
                correction.rows().forEach(row -> row.field(ReviewRow.Column.LEAD).set(correction.applyTo(row.field(ReviewRow.Column.LEAD).value())));
            } finally {
                correctingOthers = false;
            }
        });
    }

    /** Keeps the list of unknown units in step with the names now written in the plan. */
    private void refreshUnitChoices() {
        Set<String> unknown = units.refresh(unitNames());
        // a proposal whose name is no longer written anywhere has been dealt with by that edit
        findings.stream().filter(f -> f.unit() != null && !unknown.contains(f.unit().name())).forEach(FindingItem::resolve);
    }

    private List<String> unitNames() {
        Set<String> names = new LinkedHashSet<>();
        result.plan().participants().forEach(u -> names.add(u.name()));
        for (ReviewRow row : allRows()) {
            names.addAll(UnitLists.parse(row.field(ReviewRow.Column.LEAD).value()));
            names.addAll(UnitLists.parse(row.field(ReviewRow.Column.SUPPORT).value()));
        }
        return List.copyOf(names);
    }

    /** What to do with a unit the directory does not know; {@code target} is used for {@link UnitChoice.Action#MAP}. */
    public void choose(UnitChoice unit, UnitChoice.Action action, Unit target) {
        unit.choose(action, target);
        findings.stream().filter(f -> f.unit() == unit).forEach(FindingItem::resolve);
    }

    /** Reads a unit as its suggested public body under its present name ("Sở Tài chính" for "Sở KH&ĐT"). */
    public void useSuggestion(UnitChoice unit) {
        if (unit.suggestion() != null) {
            choose(unit, UnitChoice.Action.MAP, unit.suggestion());
        }
    }

    /** Active directory units whose name or short name holds every word typed, accents ignored. */
    public List<Unit> directoryMatching(String query) {
        return units.directoryMatching(query);
    }

    /** What the unit picker offers for {@code query}: the office's units, then the public bodies it does not have. */
    public List<UnitOption> unitOptions(String query) {
        return units.options(query);
    }

    /** Takes a row that is not a phase or task of the plan out of it (with its tasks, for a phase). */
    public void remove(ReviewRow row) {
        if (!phases.remove(row)) {
            allRows().forEach(parent -> parent.children().remove(row));
        }
        refreshUnitChoices();
    }

    // ---- moving around ------------------------------------------------------------------------

    /** Selects in the source where a row (or its deadline words) was read, when known. */
    public void showInSource(ReviewRow row, ReviewRow.Column column) {
        SourceSpan span = null;
        if (column == ReviewRow.Column.DEADLINE || column == ReviewRow.Column.UNDERSTOOD) {
            span = spansByField.get(row.path() + ".deadline");
        }
        if (span == null) {
            span = spansByField.get(row.path());
        }
        if (span != null) {
            sourceSelection.set(new SourceRange(span.start(), span.end()));
        }
    }

    /** Goes to what a finding is about: the view follows {@link #goneToProperty()}; the source shows its place. */
    public void goTo(FindingItem item) {
        goneTo.set(null);
        goneTo.set(item);
        if (item.row() != null) {
            showInSource(item.row(), ReviewRow.Column.CONTENT);
        } else if (item.field() == signerName && spansByField.containsKey("signer")) {
            SourceSpan signer = spansByField.get("signer");
            int end = sourceText.get().indexOf('\n', signer.start());
            sourceSelection.set(new SourceRange(signer.start(), end < 0 ? sourceText.get().length() : end));
        } else if (item.finding().start() >= 0) {
            sourceSelection.set(new SourceRange(item.finding().start(), Math.max(item.finding().start(), item.finding().end())));
        }
    }

    // ---- accept or cancel ---------------------------------------------------------------------

    /**
     * Stores the plan as reviewed, in one transaction in the background, and tells the other views:
     * the state is {@link State#SAVING} meanwhile, then {@link State#STORED}. When something must be
     * fixed first or the store refused, the user is told why and the review stays open.
     */
    public void accept() {
        if (state.get() != State.READY) {
            return;
        }
        Plan plan;
        try {
            plan = new ReviewedPlan(this).build();
        } catch (ReviewedPlan.Incomplete e) {
            dialogs.showError(Messages.get("review.incomplete.title"), e.getMessage());
            return;
        }
        state.set(State.SAVING);
        background.execute(BackgroundTask.wrap(() -> plans.create(plan)).onSuccess(id -> {
            storedPlanId = id;
            state.set(State.STORED);
            changes.planChanged(id, this);
        }).onFailure(e -> {
            state.set(State.READY);
            dialogs.showError(Messages.get("review.saveFailed.title"), FailureMessage.of(e));
        }));
    }

    /** Leaves without storing anything. */
    public void cancel() {
        // a plan being saved is stored whatever happens to the window
        if (state.get() != State.STORED && state.get() != State.SAVING) {
            state.set(State.CANCELLED);
        }
    }

    /** The id of the plan stored by {@link #accept()}, or empty. */
    public OptionalLong storedPlanId() {
        return storedPlanId < 0 ? OptionalLong.empty() : OptionalLong.of(storedPlanId);
    }

    // ---- what the view shows ------------------------------------------------------------------

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** The file's name, or the name given to pasted text. */
    public ReadOnlyStringProperty documentNameProperty() {
        return documentName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    /** The source text cut into runs by what was read in it. */
    ObservableList<SourceRuns.Run> sourceRuns() {
        return sourceRunsView;
    }

    /** The stretch of source to select and scroll to; null for none. */
    public ObjectProperty<SourceRange> sourceSelectionProperty() {
        return sourceSelection;
    }

    /** The finding the user last asked to go to. */
    public ReadOnlyObjectProperty<FindingItem> goneToProperty() {
        return goneTo.getReadOnlyProperty();
    }

    public ReviewField<DocumentType> type() {
        return type;
    }

    public ReviewField<String> number() {
        return number;
    }

    public ReviewField<String> governingBody() {
        return governingBody;
    }

    public ReviewField<String> issuer() {
        return issuer;
    }

    public ReviewField<String> place() {
        return place;
    }

    public ReviewField<LocalDate> issuedOn() {
        return issuedOn;
    }

    public ReviewField<String> subject() {
        return subject;
    }

    public ReviewField<Authority> signerAuthority() {
        return signerAuthority;
    }

    public ReviewField<String> signerPosition() {
        return signerPosition;
    }

    public ReviewField<String> signerName() {
        return signerName;
    }

    /** "Nơi nhận", one recipient a line as written ("UBND tỉnh (b/c)", "Lưu: VT, KHCN"). */
    public ReviewField<String> recipients() {
        return recipients;
    }

    private List<ReviewField<?>> headerFields() {
        return List.of(type, number, governingBody, issuer, place, issuedOn, subject, signerAuthority, signerPosition,
                signerName, recipients);
    }

    /** The plan's phases; each row's children are its tasks, then its sub-phases. */
    public ObservableList<ReviewRow> phases() {
        return phases;
    }

    /** Every row, phases before their tasks, in document order. */
    public List<ReviewRow> allRows() {
        List<ReviewRow> all = new ArrayList<>();
        for (ReviewRow phase : phases) {
            collect(phase, all);
        }
        return all;
    }

    private static void collect(ReviewRow row, List<ReviewRow> into) {
        into.add(row);
        row.children().forEach(child -> collect(child, into));
    }

    /** How many findings the user has not yet dealt with. */
    public javafx.beans.property.ReadOnlyIntegerProperty openFindingsProperty() {
        return openFindings.getReadOnlyProperty();
    }

    public ObservableList<FindingItem> findings() {
        return findingsView;
    }

    /** Units written in the plan that the directory does not know. */
    public ObservableList<UnitChoice> unitChoices() {
        return units.choices();
    }

    /** The plan as read, before any edit. */
    ImportResult result() {
        return result;
    }

    UnitMatcher matcher() {
        return units.matcher();
    }
}

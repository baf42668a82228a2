package vn.plandesk.gui.planlist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.FailureMessage;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.store.UnitDirectory;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.DocumentNumber;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Unit;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreLocation;
import vn.plandesk.model.PlanSummary;

/**
 * The list of stored plans as the window shows it: filtered by what is typed in the search box
 * (accents optional) and by year, status, document type and unit; sorted by subject (Vietnamese
 * order), number or date; with each plan's count of overdue tasks, a status line, and an offer of
 * the sample plans while the store is still empty. Follows every change other views publish.
 * The store is read in the background, once per change of the store or of the unit filter; typing
 * in the search box and the other filters only filter what was read, on the JavaFX thread.
 */
public final class PlanListViewModel {
    /** How the list is sorted. */
    public enum SortOrder { SUBJECT, NUMBER, DATE }

    /** Dates are written the Vietnamese administrative way, with leading zeros. */

    private final PlanStore plans;
    private final UnitDirectory units;
    /** Where the plans are (a data folder or the office server), shown in the status bar. */
    private final StoreLocation dataFile;
    private final DialogService dialogs;
    private final StoreChanges changes;
    private final Clock clock;
    private final TaskExecutor executor;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(this, "type");
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObjectProperty<SortOrder> sortOrder = new SimpleObjectProperty<>(this, "sortOrder", SortOrder.SUBJECT);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Unit> unitChoices = FXCollections.observableArrayList();
    /*
     * The read-only views handed out, one each, kept here: a view listens to its list only weakly, so a
     * fresh view per call, listened to by nobody else but its own listeners, was collected with them and
     * the filters stopped following the store (the year and unit filters offered "all" alone).
     */
    private final ObservableList<Integer> yearsView = FXCollections.unmodifiableObservableList(years);
    private final ObservableList<Unit> unitChoicesView = FXCollections.unmodifiableObservableList(unitChoices);
    /** What was last read from the store; the shown list is filtered from it. */
    private Snapshot snapshot = Snapshot.NOTHING;
    /** A reading is running; another is wanted once it is done (the store changed meanwhile). */
    private boolean reading;
    private boolean readAgain;
    private boolean everRead;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<PlanSummary> shownPlans = FXCollections.observableArrayList();
    private final ObservableList<PlanSummary> shownPlansView = FXCollections.unmodifiableObservableList(shownPlans);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");
    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper(this, "placeholderText");
    private final ReadOnlyBooleanWrapper offerSamples = new ReadOnlyBooleanWrapper(this, "offerSamples");
    private final ReadOnlyBooleanWrapper addingSamples = new ReadOnlyBooleanWrapper(this, "addingSamples");
    private final BooleanProperty holdsNoPlan = new SimpleBooleanProperty(this, "holdsNoPlan");
    private final BooleanProperty editingAllowed = new SimpleBooleanProperty(this, "editingAllowed", true);
    private final ReadOnlyObjectWrapper<List<LocalDate>> openDueDates = new ReadOnlyObjectWrapper<>(this, "openDueDates");

    /**
     * One reading of the store: every plan, its search key and overdue count, the due dates of the tasks not
     * done (for the "Hôm nay" strip), the units, and the plans of the chosen unit.
     */
    private record Snapshot(List<PlanSummary> all, Map<Long, String> searchKeys, Map<Long, Integer> overdue,
                            List<LocalDate> openDueDates, List<Unit> units, Set<Long> ofUnit) {
        static final Snapshot NOTHING = new Snapshot(List.of(), Map.of(), Map.of(), List.of(), List.of(), null);
    }

    public PlanListViewModel(PlanStore plans, UnitDirectory units, StoreLocation dataFile, DialogService dialogs, StoreChanges changes,
                             Clock clock, TaskExecutor executor) {
        this.plans = plans;
        this.units = units;
        this.dataFile = dataFile;
        this.dialogs = dialogs;
        this.changes = changes;
        this.clock = clock;
        this.executor = executor;
        offerSamples.bind(holdsNoPlan.and(editingAllowed));
        searchText.addListener((observable, before, now) -> show());
        for (ObjectProperty<?> filter : List.of(year, status, type, sortOrder)) {
            filter.addListener((observable, before, now) -> show());
        }
        // the plans of a unit are asked of the store
        unit.addListener((observable, before, now) -> refresh());
        changes.subscribe(change -> {
            if (change.origin() != this) {
                refresh();
            }
        });
        refresh();
    }

    /**
     * The due dates of every task not done (null: none dated), as last read with the list; null until first
     * read. The "Hôm nay" strip counts from them, so the store is read once for both.
     */
    public ReadOnlyObjectProperty<List<LocalDate>> openDueDatesProperty() {
        return openDueDates.getReadOnlyProperty();
    }

    /** Only plans issued in this year; null for every year. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<PlanStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    /** Only plans that give this unit work; null for every unit. */
    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<SortOrder> sortOrderProperty() {
        return sortOrder;
    }

    /** The issue years of the stored plans, newest first, for the year filter. */
    public ObservableList<Integer> years() {
        return yearsView;
    }

    /** Units of the directory, for the unit filter. */
    public ObservableList<Unit> unitChoices() {
        return unitChoicesView;
    }

    /** How many tasks of a plan are overdue today (not done, past the deadline in force). */
    public int overdueCount(long planId) {
        return snapshot.overdue().getOrDefault(planId, 0);
    }

    /** What the user typed; the list follows it at once. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The plans that match the search, in the store's Vietnamese order. */
    public ObservableList<PlanSummary> shownPlans() {
        return shownPlansView;
    }

    /** The data file and how many plans there are (or were found). */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** What to say where the list would be when it shows no plan. */
    public ReadOnlyStringProperty placeholderTextProperty() {
        return placeholderText.getReadOnlyProperty();
    }

    /** False in a window on a read-only login: the sample plans are not offered. */
    public BooleanProperty editingAllowedProperty() {
        return editingAllowed;
    }

    /** True while the store holds no plan at all and may be written: the window then offers the sample plans. */
    public ReadOnlyBooleanProperty offerSamplesProperty() {
        return offerSamples.getReadOnlyProperty();
    }

    /** True while the sample plans are being stored: the list says so and the offer waits. */
    public ReadOnlyBooleanProperty addingSamplesProperty() {
        return addingSamples.getReadOnlyProperty();
    }

    /** Stores the two sample plans and shows them all, the search cleared. */
    public void addSamples() {
        if (!editingAllowed.get() || addingSamples.get()) {
            return;
        }
        searchText.set("");
        addingSamples.set(true);
        placeholderText.set(Messages.get("planlist.addingSamples"));
        executor.execute(BackgroundTask.wrap(() -> {
            SamplePlans.addTo(plans);
            return null;
        }).onFinished(() -> addingSamples.set(false)).onSuccess(done -> {
            changes.unitsChanged(this);
            refresh();
        }).onFailure(e -> {
            dialogs.showError(Messages.get("planlist.addSamplesFailed"), FailureMessage.of(e));
            refresh();
        }));
    }

    /**
     * Reads the list again from the store, in the background. Changes that come while a reading
     * runs (each edit in the editor is one) are read together once it is done, not one by one.
     */
    public void refresh() {
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        Long unitId = unit.get() == null ? null : unit.get().id();
        LocalDate today = LocalDate.now(clock);
        executor.execute(BackgroundTask.wrap(() -> read(unitId, today))
                .onSuccess(fresh -> {
                    shown(fresh);
                    readingDone();
                })
                .onFailure(e -> {
                    dialogs.showError(Messages.get("planlist.readFailed"), FailureMessage.of(e));
                    readingDone();
                }));
    }

    private void readingDone() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            refresh();
        }
    }

    private Snapshot read(Long unitId, LocalDate today) {
        Set<Long> ofUnit = unitId == null ? null
                : units.usages(unitId).stream().map(UnitDirectory.Usage::planId).collect(Collectors.toSet());
        List<PlanStore.OpenTask> open = plans.openTasks();
        return new Snapshot(plans.list(), plans.searchKeys(), PlanStore.overdueCounts(open, today),
                open.stream().map(PlanStore.OpenTask::due).toList(), units.list(), ofUnit);
    }

    private void shown(Snapshot fresh) {
        snapshot = fresh;
        everRead = true;
        openDueDates.set(fresh.openDueDates());
        updateChoices(fresh);
        show();
    }

    /** Filters and sorts what was read; no store call, so it can follow every keystroke. */
    private void show() {
        if (!everRead) {
            return; // nothing to show yet, and an empty list before the first reading is not an empty store
        }
        String query = searchText.get() == null ? "" : searchText.get().strip();
        List<PlanSummary> all = snapshot.all();
        Set<Long> ofUnit = snapshot.ofUnit();
        boolean filtered = !query.isEmpty() || year.get() != null || status.get() != null || type.get() != null || ofUnit != null;
        List<PlanSummary> found = all.stream()
                .filter(p -> query.isEmpty() || VietnameseText.matches(snapshot.searchKeys().getOrDefault(p.id(), ""), query))
                .filter(p -> year.get() == null || p.issuedOn() != null && p.issuedOn().getYear() == year.get())
                .filter(p -> status.get() == null || p.status() == status.get())
                .filter(p -> type.get() == null || p.type() == type.get())
                .filter(p -> ofUnit == null || ofUnit.contains(p.id()))
                .sorted(comparator(sortOrder.get()))
                .toList();
        boolean storeEmpty = all.isEmpty();
        shownPlans.setAll(found);
        holdsNoPlan.set(storeEmpty);
        placeholderText.set(addingSamples.get() ? Messages.get("planlist.addingSamples") : storeEmpty ? Messages.get("planlist.empty")
                : query.isEmpty() ? Messages.get("planlist.noMatchFilters") : Messages.get("planlist.noMatch", query));
        statusText.set(!filtered
                ? Messages.get("planlist.status.all", dataFile, all.size())
                : Messages.get("planlist.status.found", dataFile, found.size(), all.size()));
    }

    private void updateChoices(Snapshot fresh) {
        List<Integer> found = fresh.all().stream().map(PlanSummary::issuedOn).filter(Objects::nonNull).map(LocalDate::getYear).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        if (!found.equals(years)) {
            years.setAll(found);
        }
        List<Unit> directory = fresh.units();
        if (!directory.equals(unitChoices)) {
            unitChoices.setAll(directory);
        }
    }

    /** Subject in Vietnamese order; number by year and number; date newest first. Ties by subject. */
    static Comparator<PlanSummary> comparator(SortOrder order) {
        Comparator<PlanSummary> bySubject = Comparator.comparing(PlanSummary::subject, VietnameseText.comparator());
        return switch (order == null ? SortOrder.SUBJECT : order) {
            case SUBJECT -> bySubject;
            case NUMBER -> Comparator.comparing((PlanSummary p) -> numberOf(p), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(bySubject);
            case DATE -> Comparator.comparing(PlanSummary::issuedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(bySubject);
        };
    }

    /** The number to sort by: issue year then number ("25/KH-KHCN" of 2019 is 2019-00025). */
    private static Long numberOf(PlanSummary p) {
        return DocumentNumber.parse(p.numberAndSymbol()).filter(n -> n.number() != null)
                .map(n -> (p.issuedOn() == null ? 0L : p.issuedOn().getYear()) * 100_000L + n.number()).orElse(null);
    }

    /** An issue date as the list shows it: 05/07/2024; blank for a draft not yet issued. */
    public static String issueDateText(LocalDate issuedOn) {
        return issuedOn == null ? "" : NumericDate.FORMAT.format(issuedOn);
    }
}

package vn.plandesk.gui.followup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.FailureMessage;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.logic.followup.DueList;
import vn.plandesk.logic.followup.FollowUpItem;
import vn.plandesk.logic.followup.PlanSnapshots;
import vn.plandesk.logic.followup.TaskActions;
import vn.plandesk.logic.followup.UnitGroup;
import vn.plandesk.logic.followup.UnitReport;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/**
 * "Theo dõi, đôn đốc": across all plans, the tasks past their deadline and those due within the
 * chosen number of days, by lead unit; marking one done or extending its deadline; and the report
 * per unit for a period. Plans are read off the JavaFX thread; changes elsewhere (published on
 * {@link StoreChanges}) bring the lists up to date, reading again only the plans that changed.
 */
public final class FollowUpViewModel {
    public static final int DEFAULT_DAYS_AHEAD = 7;

    /** Which tasks the list shows: both kinds, or only those overdue, or only those falling due. */
    public enum Shown { ALL, OVERDUE, DUE_SOON }

    private final FollowUpDialogs dialogs;
    private final StoreChanges changes;
    private final Supplier<LocalDate> today;
    private final TaskExecutor executor;
    private final PlanSnapshots snapshots;
    private final TaskActions actions;
    private final StoreChanges.Subscription subscription;
    private final AtomicLong refreshes = new AtomicLong();

    private final IntegerProperty daysAhead = new SimpleIntegerProperty(this, "daysAhead", DEFAULT_DAYS_AHEAD);
    private final ReadOnlyObjectWrapper<DueList> dueList = new ReadOnlyObjectWrapper<>(this, "dueList");
    private final ObjectProperty<FollowUpItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty editingAllowed = new SimpleBooleanProperty(this, "editingAllowed", true);
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(this, "shown", Shown.ALL);
    private final ObservableList<UnitGroup> pickedUnits = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    /** Follow-up actions sent to the store and not yet answered: the busy mark shows, the actions wait. */
    private final IntegerProperty writesUnderWay = new SimpleIntegerProperty(this, "writesUnderWay");
    private final ReadOnlyBooleanWrapper storing = new ReadOnlyBooleanWrapper(this, "storing");
    /** What the status line says while writes are under way: the latest one. */
    private String writing = "";
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper(this, "placeholderText",
            Messages.get("followup.status.loading"));
    private final ReportSettings report;
    private List<Plan> plans = List.of();

    /** The view model of the window: plans read through the window's executor, results shown on the JavaFX thread. */
    public FollowUpViewModel(PlanStore store, FollowUpDialogs dialogs, StoreChanges changes, TaskExecutor executor) {
        this(store, dialogs, changes, LocalDate::now, executor);
    }

    /** @param today the date tasks are counted against (tests fix it) */
    public FollowUpViewModel(PlanStore store, FollowUpDialogs dialogs, StoreChanges changes, Supplier<LocalDate> today,
                             TaskExecutor executor) {
        this.dialogs = dialogs;
        this.changes = changes;
        this.today = today;
        this.executor = executor;
        this.snapshots = new PlanSnapshots(store);
        this.actions = new TaskActions(store);
        this.report = new ReportSettings(today.get(), this::recountReport);
        storing.bind(writesUnderWay.greaterThan(0));
        daysAhead.addListener((o, before, now) -> relist());
        shown.addListener((o, before, now) -> relist());
        subscription = changes.subscribe(change -> {
            if (change.origin() != this) {
                refresh();
            }
        });
        refresh();
    }

    /** How many days ahead a task counts as due soon (0: only today). */
    public IntegerProperty daysAheadProperty() {
        return daysAhead;
    }

    /** The tasks to urge, grouped by lead unit; null until the plans are first read. */
    public ReadOnlyObjectProperty<DueList> dueListProperty() {
        return dueList.getReadOnlyProperty();
    }

    /** The task the actions apply to; the view keeps it in step with the selected row. */
    /** False in a window on a read-only login: tasks are followed up and reported, never marked done or extended. */
    public BooleanProperty editingAllowedProperty() {
        return editingAllowed;
    }

    public ObjectProperty<FollowUpItem> selectedProperty() {
        return selected;
    }

    /** Which tasks the list shows; the "Hôm nay" strip's links set it. */
    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    /** The units whose rows (or a task of theirs) are selected: those "Soạn công văn đôn đốc" writes to. */
    public ObservableList<UnitGroup> pickedUnits() {
        return pickedUnits;
    }

    /** Opens the report export dialog on the period shown, over the plans read. */
    public void exportReport() {
        List<String> units = report.reportProperty().get() == null ? List.of()
                : report.reportProperty().get().rows().stream().filter(r -> r.unit() != null).map(UnitReport.Row::name).toList();
        dialogs.openReportExport(new ReportExportViewModel(plans, units, report::copy, today.get(), homeFolder(), executor, dialogs));
    }

    /** Opens "Soạn công văn đôn đốc" for the units picked in the list (every unit when none is). */
    public void urgePickedUnits() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        pickedUnits.forEach(g -> names.add(g.name()));
        dialogs.openUrgingLetters(new UrgingLettersViewModel(plans, today.get(), Math.max(0, daysAhead.get()), names, homeFolder(),
                executor, dialogs));
    }

    private static Path homeFolder() {
        return Path.of(System.getProperty("user.home"));
    }

    /** True while plans are being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while a task marked done or extended is being stored. */
    public ReadOnlyBooleanProperty storingProperty() {
        return storing.getReadOnlyProperty();
    }

    /** "3 nhiệm vụ quá hạn, 2 nhiệm vụ đến hạn trong 7 ngày tới", or what is under way. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** What the list says when it shows no task: the plans are being read, or none is due. */
    public ReadOnlyStringProperty placeholderTextProperty() {
        return placeholderText.getReadOnlyProperty();
    }

    /** The chosen report period and the report for it. */
    public ReportSettings report() {
        return report;
    }

    /** Reads the plans that changed since the last reading, then lists and counts again. */
    public void refresh() {
        long mine = refreshes.incrementAndGet();
        loading.set(true);
        showStatus(Messages.get("followup.status.loading"));
        executor.execute(BackgroundTask.wrap(snapshots::current)
                .onSuccess(read -> {
                    if (mine == refreshes.get()) {
                        plans = read;
                        loading.set(false);
                        relist();
                        recountReport();
                    }
                })
                .onFailure(e -> {
                    // A database failure must not leave the view waiting for ever: say so and keep what was shown.
                    String message = e instanceof StoreException ? e.getMessage() : Messages.get("followup.readFailed.detail", e.getMessage());
                    if (mine == refreshes.get()) {
                        loading.set(false);
                        statusText.set(message);
                        if (!isLoaded()) {
                            placeholderText.set(message);
                            report.unread(message);
                        }
                    }
                    dialogs.showError(Messages.get("followup.readFailed"), message);
                }));
    }

    /** Stops listening for changes and reading; call when the view is closed for good. */
    public void dispose() {
        subscription.cancel();
    }

    /** Asks on which day the selected task was done (today offered) and stores it. */
    public void markSelectedDone() {
        FollowUpItem item = selected.get();
        if (item == null || !editingAllowed.get()) {
            return;
        }
        LocalDate now = today.get();
        Optional<LocalDate> date = dialogs.askCompletionDate(item.task().content(), now);
        if (date.isEmpty()) {
            return;
        }
        store(item, "followup.status.storingDone", "followup.done.failed",
                () -> actions.markDone(item.plan(), item.task(), date.get(), now));
    }

    /** Asks for the new deadline of the selected task (words, day granted, reason) and stores it, the original kept. */
    public void extendSelected() {
        FollowUpItem item = selected.get();
        if (item == null || !editingAllowed.get()) {
            return;
        }
        Optional<FollowUpDialogs.ExtensionRequest> request = dialogs.askExtension(item.task().content(),
                FollowUpTexts.deadline(item.task().deadlineInForce()), today.get(), words -> understood(item, words));
        if (request.isEmpty()) {
            return;
        }
        FollowUpDialogs.ExtensionRequest r = request.get();
        LocalDate grantedOn = r.grantedOn() == null ? today.get() : r.grantedOn();
        store(item, "followup.status.storingExtension", "followup.extend.failed",
                () -> actions.extend(item.plan(), item.task(), r.words(), grantedOn, r.reason()));
    }

    /** What typed words are read as, for the extension form: the date, or why they cannot be used. */
    private String understood(FollowUpItem item, String words) {
        if (words == null || words.isBlank()) {
            return "";
        }
        try {
            return Messages.get("followup.extend.readAs", FollowUpTexts.date(actions.readNewDeadline(item.plan(), item.task(), words).due()));
        } catch (StoreException e) {
            return e.getMessage();
        }
    }

    /**
     * Stores one follow-up action on the window's executor, never on the JavaFX thread, the status line saying
     * {@code underWayKey} meanwhile; once it is committed the task leaves the selection and the list is read again.
     */
    private void store(FollowUpItem item, String underWayKey, String failedTitleKey, Callable<TaskActions.Stored> write) {
        writing = Messages.get(underWayKey, item.task().content());
        writesUnderWay.set(writesUnderWay.get() + 1);
        showStatus(writing);
        executor.execute(BackgroundTask.wrap(() -> {
            TaskActions.Stored stored = write.call();
            // The snapshots take it after any reading under way (they are locked); the refresh then re-reads nothing for this change.
            snapshots.taskStored(stored);
            return stored;
        }).onFinished(() -> writesUnderWay.set(writesUnderWay.get() - 1)).onSuccess(stored -> {
            selected.set(null);
            changes.planChanged(item.plan().id(), this);
            refresh();
        }).onFailure(e -> {
            if (isLoaded() && !loading.get()) {
                relist(); // the status line back to the counts
            }
            failed(failedTitleKey, e);
        }));
    }

    /** Says {@code idle} in the status line, unless a write is under way: that is said until it is answered. */
    private void showStatus(String idle) {
        statusText.set(writesUnderWay.get() > 0 ? writing : idle);
    }

    private void failed(String titleKey, Throwable e) {
        dialogs.showError(Messages.get(titleKey), FailureMessage.of(e));
        if (e instanceof StoreException stored
                && (stored.reason() == StoreException.Reason.STALE || stored.reason() == StoreException.Reason.NOT_FOUND)) {
            refresh();
        }
    }

    private void relist() {
        DueList list = only(DueList.build(plans, today.get(), Math.max(0, daysAhead.get())), shown.get());
        FollowUpItem before = selected.get();
        dueList.set(list);
        selected.set(before == null ? null : list.items().stream()
                .filter(i -> i.plan().id() == before.plan().id() && i.task().id().equals(before.task().id())).findFirst().orElse(null));
        showStatus(Messages.get("followup.status", list.overdueTasks(), list.dueSoonTasks(), list.withinDays(), plans.size()));
        placeholderText.set(Messages.get("followup.placeholder", list.withinDays()));
    }

    /** The list with only the tasks of the kind asked for, units left without any dropped; the counts stay the whole list's. */
    private static DueList only(DueList list, Shown kind) {
        if (kind == Shown.ALL) {
            return list;
        }
        boolean overdue = kind == Shown.OVERDUE;
        List<UnitGroup> groups = list.groups().stream()
                .map(g -> new UnitGroup(g.unit(), g.name(), g.items().stream().filter(i -> i.isOverdue() == overdue).toList()))
                .filter(g -> !g.items().isEmpty()).toList();
        return new DueList(list.today(), list.withinDays(), groups, list.overdueTasks(), list.dueSoonTasks());
    }

    private void recountReport() {
        report.show(plans, today.get());
    }

    /** Whether a plan has been read at least once (for tests and the first paint). */
    public boolean isLoaded() {
        return dueList.get() != null;
    }
}

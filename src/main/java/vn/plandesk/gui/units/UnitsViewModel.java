package vn.plandesk.gui.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.FailureMessage;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.UnitDirectory;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Unit;

/**
 * The units directory shared by all plans: sorted the Vietnamese way, filtered as the user types
 * (accents ignored); add, rename (every plan shows the new name), merge two units, stop or resume
 * using one, and where the selected unit is used. Every change is published on {@link StoreChanges}.
 * The store is read and written in the background, the section saying meanwhile what it waits for
 * (a merge moves every task of a unit, which on a large store or a slow server takes a while); the
 * filter works on the directory as last read.
 */
public final class UnitsViewModel {
    private final UnitDirectory units;
    private final DialogService dialogs;
    private final UnitDialogs forms;
    private final StoreChanges changes;
    private final TaskExecutor executor;
    private final StoreChanges.Subscription subscription;

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObservableList<Unit> shownUnits = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty editingAllowed = new SimpleBooleanProperty(this, "editingAllowed", true);
    private final ObservableList<UnitDirectory.Usage> usages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper usageSummary = new ReadOnlyStringWrapper(this, "usageSummary", "");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", Messages.get("units.status.loading"));
    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper(this, "placeholderText",
            Messages.get("units.status.loading"));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper changing = new ReadOnlyBooleanWrapper(this, "changing");
    private List<Unit> allUnits = List.of();
    /** The directory has been read once: until then an empty list is not an empty directory. */
    private boolean everRead;
    private boolean readingDirectory;
    /** Changes under way (each with what the status line says of it, the last one shown). */
    private final List<String> changesUnderWay = new ArrayList<>();
    private BackgroundTask<List<Unit>> reading;
    private BackgroundTask<List<UnitDirectory.Usage>> readingUsages;

    public UnitsViewModel(UnitDirectory units, DialogService dialogs, UnitDialogs forms, StoreChanges changes, TaskExecutor executor) {
        this.units = units;
        this.dialogs = dialogs;
        this.forms = forms;
        this.changes = changes;
        this.executor = executor;
        filterText.addListener((o, before, now) -> {
            if (everRead) {
                applyFilter();
            }
        });
        selected.addListener((o, before, now) -> showUsages());
        subscription = changes.subscribe(change -> {
            if (change.origin() != this) {
                refresh();
            }
        });
        refresh();
    }

    /** What the user typed in the filter box. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The units matching the filter, active and inactive, in Vietnamese order. */
    public ObservableList<Unit> shownUnits() {
        return FXCollections.unmodifiableObservableList(shownUnits);
    }

    /** The unit the actions apply to; the view keeps it in step with the table's selection. */
    /** False in a window on a read-only login: the directory is shown, never changed. */
    public BooleanProperty editingAllowedProperty() {
        return editingAllowed;
    }

    public ObjectProperty<Unit> selectedProperty() {
        return selected;
    }

    /** The plans that use the selected unit. */
    public ObservableList<UnitDirectory.Usage> usages() {
        return FXCollections.unmodifiableObservableList(usages);
    }

    /** One sentence about where the selected unit is used. */
    public ReadOnlyStringProperty usageSummaryProperty() {
        return usageSummary.getReadOnlyProperty();
    }

    /** How many units there are, shown and inactive; or what the section waits for. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** What the table says when it shows no unit: still reading, an empty directory, or no match. */
    public ReadOnlyStringProperty placeholderTextProperty() {
        return placeholderText.getReadOnlyProperty();
    }

    /** True while the directory is being read or a change stored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * True while a change is counted or stored: the actions wait for it, since a second one would start from
     * the directory as it was before the first.
     */
    public ReadOnlyBooleanProperty changingProperty() {
        return changing.getReadOnlyProperty();
    }

    /** Reads the directory again in the background, keeping the selection when the unit is still there. */
    public void refresh() {
        refreshThenSelect(null);
    }

    /** Reads the directory again, then selects {@code unit} (null: keeps the selection when it is still there). */
    private void refreshThenSelect(Unit unit) {
        if (reading != null) {
            reading.cancel();
        }
        readingDirectory = true;
        showProgress();
        reading = executor.execute(BackgroundTask.wrap(units::list).onSuccess(read -> {
            readingDirectory = false;
            everRead = true;
            allUnits = read;
            applyFilter();
            if (unit != null) {
                selected.set(unit);
            }
        }).onFailure(e -> {
            readingDirectory = false;
            if (!everRead) {
                placeholderText.set(Messages.get("units.readFailed"));
            }
            showProgress();
            dialogs.showError(Messages.get("units.readFailed"), FailureMessage.of(e));
        }));
    }

    /**
     * Writes in the background, the status line saying {@code underWay} meanwhile; once stored, tells the other
     * views and shows the directory again with {@code selectAfter} of what was written selected; when refused,
     * says why in {@code failedKey}'s words.
     */
    private <T> void write(String underWay, Callable<T> change, String failedKey, Function<T, Unit> selectAfter) {
        Runnable done = started(underWay);
        executor.execute(BackgroundTask.wrap(change).onFinished(done).onSuccess(written -> {
            changes.unitsChanged(this);
            refreshThenSelect(selectAfter.apply(written));
        }).onFailure(e -> {
            dialogs.showError(Messages.get(failedKey), FailureMessage.of(e));
            refresh();
        }));
    }

    /** Stops listening for changes; call when the view is closed for good. */
    public void dispose() {
        subscription.cancel();
    }

    public void add() {
        if (!editingAllowed.get() || changing.get()) {
            return;
        }
        Optional<UnitDialogs.UnitFields> fields = forms.askUnit(Messages.get("units.add.title"), null);
        if (fields.isEmpty() || !validName(fields.get(), null)) {
            return;
        }
        UnitDialogs.UnitFields f = fields.get();
        filterText.set("");
        write(Messages.get("units.status.saving"), () -> units.create(new Unit(null, f.fullName(), f.shortName(), f.kind(), null, true)),
                "units.add.failed", created -> created);
    }

    /** Changes the selected unit's names or kind; every plan that uses it shows the new name. */
    public void renameSelected() {
        Unit unit = selected.get();
        if (unit == null || !editingAllowed.get() || changing.get()) {
            return;
        }
        Optional<UnitDialogs.UnitFields> fields = forms.askUnit(Messages.get("units.rename.title", unit.fullName()), unit);
        if (fields.isEmpty() || !validName(fields.get(), unit)) {
            return;
        }
        UnitDialogs.UnitFields f = fields.get();
        write(Messages.get("units.status.saving"),
                () -> units.update(new Unit(unit.id(), f.fullName(), f.shortName(), f.kind(), unit.parentId(), unit.active())),
                "units.rename.failed", renamed -> renamed);
    }

    /**
     * Merges the selected unit into another the user picks, after showing what moves: every task
     * and plan of the selected unit then names the other, and the selected one leaves the directory.
     */
    public void mergeSelected() {
        Unit from = selected.get();
        if (from == null || !editingAllowed.get() || changing.get()) {
            return;
        }
        List<Unit> candidates = allUnits.stream().filter(u -> !u.id().equals(from.id())).toList();
        if (candidates.isEmpty()) {
            dialogs.showInformation(Messages.get("units.merge.title"), null, Messages.get("units.merge.noOther"));
            return;
        }
        Optional<Unit> into = forms.askMergeTarget(from, candidates);
        if (into.isEmpty()) {
            return;
        }
        Unit target = into.get();
        // what moves is read fresh: the user is about to agree to exactly that
        Runnable counted = started(Messages.get("units.status.counting", from.fullName(), target.fullName()));
        executor.execute(BackgroundTask.wrap(() -> units.usages(from.id())).onFinished(counted).onSuccess(moving -> {
            boolean go = dialogs.confirm(Messages.get("units.merge.title"),
                    Messages.get("units.merge.confirm.header", from.fullName(), target.fullName()),
                    Messages.get("units.merge.confirm.text", from.fullName(), target.fullName(), movesText(moving)),
                    Messages.get("units.merge.confirm.button"));
            if (go) {
                write(Messages.get("units.status.merging", from.fullName(), target.fullName()), () -> {
                    units.merge(from.id(), target.id());
                    return target;
                }, "units.merge.failed", merged -> merged);
            }
        }).onFailure(e -> dialogs.showError(Messages.get("units.merge.failed"), FailureMessage.of(e))));
    }

    /** Stops offering the selected unit for new assignments, or offers it again. */
    public void toggleActiveSelected() {
        Unit unit = selected.get();
        if (unit == null || !editingAllowed.get() || changing.get()) {
            return;
        }
        write(Messages.get("units.status.saving"), () -> {
            units.setActive(unit.id(), !unit.active());
            return null;
        }, "units.active.failed", toggled -> null);
    }

    /** The text of the button that toggles a unit: stop using it, or use it again. */
    public static String toggleActiveText(Unit unit) {
        return Messages.get(unit != null && !unit.active() ? "units.action.activate" : "units.action.deactivate");
    }

    public static String kindText(vn.plandesk.model.UnitKind kind) {
        return Messages.get("units.kind." + kind.name());
    }

    public static String activeText(Unit unit) {
        return Messages.get(unit.active() ? "units.active.yes" : "units.active.no");
    }

    /** Refuses an empty name and a name another unit already has (that calls for a merge instead). */
    private boolean validName(UnitDialogs.UnitFields fields, Unit editing) {
        String name = fields.fullName() == null ? "" : fields.fullName().strip();
        if (name.isEmpty()) {
            dialogs.showError(Messages.get("units.invalid.title"), Messages.get("units.invalid.empty"));
            return false;
        }
        Unit same = sameName(name);
        if (same != null && (editing == null || !same.id().equals(editing.id()))) {
            dialogs.showError(Messages.get("units.invalid.title"), Messages.get(editing == null
                    ? "units.invalid.exists" : "units.invalid.existsMerge", same.fullName()));
            return false;
        }
        return true;
    }

    /**
     * The unit of the directory as last read whose name reads the same accents aside (an active one
     * first), as the store's own lookup by name finds it; the directory is read again after every change.
     */
    private Unit sameName(String name) {
        String key = VietnameseText.searchKey(name);
        return allUnits.stream().filter(u -> VietnameseText.searchKey(u.fullName()).equals(key))
                .min(Comparator.comparing((Unit u) -> !u.active()).thenComparing(Unit::id)).orElse(null);
    }

    /** Says {@code underWay} in the status line until the returned action runs (once the work is done). */
    private Runnable started(String underWay) {
        changesUnderWay.add(underWay);
        showProgress();
        return () -> {
            changesUnderWay.remove(underWay);
            showProgress();
        };
    }

    /** The busy mark, and the status line: the latest change under way, else the reading, else the counts. */
    private void showProgress() {
        changing.set(!changesUnderWay.isEmpty());
        busy.set(readingDirectory || changing.get());
        if (!changesUnderWay.isEmpty()) {
            statusText.set(changesUnderWay.get(changesUnderWay.size() - 1));
        } else if (!everRead) {
            statusText.set(Messages.get(readingDirectory ? "units.status.loading" : "units.readFailed"));
        } else {
            String query = filterText.get() == null ? "" : filterText.get();
            long inactive = allUnits.stream().filter(u -> !u.active()).count();
            statusText.set(query.isBlank()
                    ? Messages.get("units.status.all", allUnits.size(), inactive)
                    : Messages.get("units.status.found", shownUnits.size(), allUnits.size()));
        }
    }

    private void applyFilter() {
        Unit keep = selected.get();
        String query = filterText.get() == null ? "" : filterText.get();
        List<Unit> found = allUnits.stream()
                .filter(u -> VietnameseText.matches(u.fullName() + " " + (u.shortName() == null ? "" : u.shortName()), query))
                .toList();
        shownUnits.setAll(found);
        Unit again = keep == null ? null : found.stream().filter(u -> u.id().equals(keep.id())).findFirst().orElse(null);
        selected.set(again);
        showUsages();
        placeholderText.set(query.isBlank() ? Messages.get("units.placeholder.empty")
                : Messages.get("units.placeholder.noMatch", query.strip()));
        showProgress();
    }

    private void showUsages() {
        Unit unit = selected.get();
        if (readingUsages != null) {
            readingUsages.cancel();
        }
        if (unit == null) {
            usages.clear();
            usageSummary.set(Messages.get("units.usage.noSelection"));
            return;
        }
        readingUsages = executor.execute(BackgroundTask.wrap(() -> units.usages(unit.id())).onSuccess(found -> {
            usages.setAll(found);
            usageSummary.set(found.isEmpty() ? Messages.get("units.usage.none", unit.fullName())
                    : Messages.get("units.usage.summary", unit.fullName(), movesText(found)));
        }).onFailure(e -> dialogs.showError(Messages.get("units.readFailed"), FailureMessage.of(e))));
    }

    /** "12 nhiệm vụ chủ trì, 3 nhiệm vụ phối hợp trong 2 kế hoạch". */
    private static String movesText(List<UnitDirectory.Usage> usages) {
        int lead = usages.stream().mapToInt(UnitDirectory.Usage::leadTasks).sum();
        int support = usages.stream().mapToInt(UnitDirectory.Usage::supportTasks).sum();
        return Messages.get("units.usage.counts", lead, support, usages.size());
    }
}

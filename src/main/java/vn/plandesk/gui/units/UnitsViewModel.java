package vn.plandesk.gui.units;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.UnitDirectory;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Unit;

/**
 * The units directory shared by all plans: sorted the Vietnamese way, filtered as the user types
 * (accents ignored); add, rename (every plan shows the new name), merge two units, stop or resume
 * using one, and where the selected unit is used. Every change is published on {@link StoreChanges}.
 */
public final class UnitsViewModel {
    private final UnitDirectory units;
    private final UnitDialogs dialogs;
    private final StoreChanges changes;
    private final StoreChanges.Subscription subscription;

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObservableList<Unit> shownUnits = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<UnitDirectory.Usage> usages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper usageSummary = new ReadOnlyStringWrapper(this, "usageSummary", "");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private List<Unit> allUnits = List.of();

    public UnitsViewModel(UnitDirectory units, UnitDialogs dialogs, StoreChanges changes) {
        this.units = units;
        this.dialogs = dialogs;
        this.changes = changes;
        filterText.addListener((o, before, now) -> applyFilter());
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

    /** How many units there are, shown and inactive. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Reads the directory again, keeping the selection when the unit is still there. */
    public void refresh() {
        allUnits = units.list();
        applyFilter();
    }

    /** Stops listening for changes; call when the view is closed for good. */
    public void dispose() {
        subscription.cancel();
    }

    public void add() {
        Optional<UnitDialogs.UnitFields> fields = dialogs.askUnit(Messages.get("units.add.title"), null);
        if (fields.isEmpty() || !validName(fields.get(), null)) {
            return;
        }
        UnitDialogs.UnitFields f = fields.get();
        try {
            Unit created = units.create(new Unit(null, f.fullName(), f.shortName(), f.kind(), null, true));
            changes.unitsChanged(this);
            filterText.set("");
            refresh();
            selected.set(created);
        } catch (StoreException e) {
            dialogs.showError(Messages.get("units.add.failed"), e.getMessage());
        }
    }

    /** Changes the selected unit's names or kind; every plan that uses it shows the new name. */
    public void renameSelected() {
        Unit unit = selected.get();
        if (unit == null) {
            return;
        }
        Optional<UnitDialogs.UnitFields> fields = dialogs.askUnit(Messages.get("units.rename.title", unit.fullName()), unit);
        if (fields.isEmpty() || !validName(fields.get(), unit)) {
            return;
        }
        UnitDialogs.UnitFields f = fields.get();
        try {
            Unit renamed = units.update(new Unit(unit.id(), f.fullName(), f.shortName(), f.kind(), unit.parentId(), unit.active()));
            changes.unitsChanged(this);
            refresh();
            selected.set(renamed);
        } catch (StoreException e) {
            dialogs.showError(Messages.get("units.rename.failed"), e.getMessage());
            refresh();
        }
    }

    /**
     * Merges the selected unit into another the user picks, after showing what moves: every task
     * and plan of the selected unit then names the other, and the selected one leaves the directory.
     */
    public void mergeSelected() {
        Unit from = selected.get();
        if (from == null) {
            return;
        }
        List<Unit> candidates = allUnits.stream().filter(u -> !u.id().equals(from.id())).toList();
        if (candidates.isEmpty()) {
            dialogs.showInformation(Messages.get("units.merge.title"), null, Messages.get("units.merge.noOther"));
            return;
        }
        Optional<Unit> into = dialogs.askMergeTarget(from, candidates);
        if (into.isEmpty()) {
            return;
        }
        String moves = movesText(units.usages(from.id()));
        boolean go = dialogs.confirm(Messages.get("units.merge.title"),
                Messages.get("units.merge.confirm.header", from.fullName(), into.get().fullName()),
                Messages.get("units.merge.confirm.text", from.fullName(), into.get().fullName(), moves),
                Messages.get("units.merge.confirm.button"));
        if (!go) {
            return;
        }
        try {
            units.merge(from.id(), into.get().id());
            changes.unitsChanged(this);
            refresh();
            selected.set(into.get());
        } catch (StoreException e) {
            dialogs.showError(Messages.get("units.merge.failed"), e.getMessage());
            refresh();
        }
    }

    /** Stops offering the selected unit for new assignments, or offers it again. */
    public void toggleActiveSelected() {
        Unit unit = selected.get();
        if (unit == null) {
            return;
        }
        try {
            units.setActive(unit.id(), !unit.active());
            changes.unitsChanged(this);
            refresh();
        } catch (StoreException e) {
            dialogs.showError(Messages.get("units.active.failed"), e.getMessage());
            refresh();
        }
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
        Unit same = units.findByName(name);
        if (same != null && (editing == null || !same.id().equals(editing.id()))) {
            dialogs.showError(Messages.get("units.invalid.title"), Messages.get(editing == null
                    ? "units.invalid.exists" : "units.invalid.existsMerge", same.fullName()));
            return false;
        }
        return true;
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
        long inactive = allUnits.stream().filter(u -> !u.active()).count();
        statusText.set(query.isBlank()
                ? Messages.get("units.status.all", allUnits.size(), inactive)
                : Messages.get("units.status.found", found.size(), allUnits.size()));
    }

    private void showUsages() {
        Unit unit = selected.get();
        if (unit == null) {
            usages.clear();
            usageSummary.set(Messages.get("units.usage.noSelection"));
            return;
        }
        List<UnitDirectory.Usage> found = units.usages(unit.id());
        usages.setAll(found);
        usageSummary.set(found.isEmpty() ? Messages.get("units.usage.none", unit.fullName())
                : Messages.get("units.usage.summary", unit.fullName(), movesText(found)));
    }

    /** "12 nhiệm vụ chủ trì, 3 nhiệm vụ phối hợp trong 2 kế hoạch". */
    private static String movesText(List<UnitDirectory.Usage> usages) {
        int lead = usages.stream().mapToInt(UnitDirectory.Usage::leadTasks).sum();
        int support = usages.stream().mapToInt(UnitDirectory.Usage::supportTasks).sum();
        return Messages.get("units.usage.counts", lead, support, usages.size());
    }
}

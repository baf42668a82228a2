package vn.plandesk.gui.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.editor.EditorRow.PhaseRow;
import vn.plandesk.gui.editor.EditorRow.TaskRow;
import vn.plandesk.gui.undo.Command;
import vn.plandesk.gui.undo.UndoManager;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.UnitDirectory;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.logic.validation.Problem;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;

/**
 * The open plan: its tree of phases and tasks, its header form, its checks, and every edit a
 * secretary makes to it. Each edit is a command run through the plan's undo manager and stored in
 * the background, one user action after another in the order they were made; the status line says
 * when it is stored. A refused write (another window changed the plan) offers to
 * read the plan again and then makes the same change on the fresh plan, so nothing typed is lost.
 * The commands a cell edit makes are built by {@link CellEdits}, the writes and their failures live in
 * {@link EditWrites}, reading and storing whole plans in {@link PlanOpener}, structural edits (insert,
 * indent, move ...) in {@link PlanStructure}.
 */
public final class PlanEditorViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * A plan read from the store and its tree, ready to show, with the plans stored beside it (for the checks)
     * and the directory's active units (for the unit picker); made off the JavaFX thread.
     */
    public record Loaded(Plan plan, PlanDocument document, List<PlanSummary> stored, List<Unit> activeUnits) {
    }

    /** The history of a plan opened in this window: kept while other plans are open, so undo still works on return. */
    private record History(PlanSession session, UndoManager undo) {
    }

    final PlanStore plans;
    final UnitDirectory units;
    private final StoreChanges changes;
    final DialogService dialogs;
    private final Clock clock;
    private final HeaderFormModel header = new HeaderFormModel();
    private final PlanChecks checks;
    private final ObservableList<Problem> problemsView;
    private final PlanStructure structure;
    private final Map<Long, History> histories = new HashMap<>();
    private final TaskExecutor executor;
    private final Turns turns = new Turns();
    private final CellEdits cells;
    private final PlanOpener opener;
    private final EditWrites writes;
    /** The unit picker's choices, read with the open plan. */
    private List<Unit> activeUnits = List.of();

    private final ReadOnlyObjectWrapper<TreeItem<EditorRow>> root = new ReadOnlyObjectWrapper<>(this, "root");
    private final ReadOnlyObjectWrapper<Long> planId = new ReadOnlyObjectWrapper<>(this, "planId");
    private final ReadOnlyObjectWrapper<UndoManager> undoManager = new ReadOnlyObjectWrapper<>(this, "undoManager", new UndoManager());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper(this, "savedText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText");
    private final BooleanProperty typingInCell = new SimpleBooleanProperty(this, "typingInCell");
    /** The open plan changed elsewhere while the user was typing: read it again once the typing ends. */
    private boolean reloadAfterTyping;
    private final BooleanProperty editingAllowed = new SimpleBooleanProperty(this, "editingAllowed", true);
    private List<PlanSummary> stored = List.of();
    private PlanSession session;

    public PlanEditorViewModel(PlanStore plans, UnitDirectory units, StoreChanges changes, DialogService dialogs,
                               TaskClipboard clipboard, Clock clock, TaskExecutor executor) {
        this.executor = executor;
        this.checks = new PlanChecks(executor, header);
        this.problemsView = FXCollections.unmodifiableObservableList(checks.problems());
        this.plans = plans;
        this.units = units;
        this.changes = changes;
        this.dialogs = dialogs;
        this.clock = clock;
        this.cells = new CellEdits(clock);
        this.structure = new PlanStructure(new PlanStructure.Editor() {
            @Override
            public PlanSession session() {
                return session;
            }

            @Override
            public void perform(Supplier<Command> action, Consumer<Boolean> stored) {
                PlanEditorViewModel.this.perform(null, action, stored);
            }

            @Override
            public void say(String text) {
                message.set(text);
            }
        }, clipboard);
        this.opener = new PlanOpener(plans, units, changes, this, dialogs, executor, turns, busyText, this::show);
        this.writes = new EditWrites(new EditWrites.Editor() {
            @Override
            public PlanSession session() {
                return session;
            }

            @Override
            public UndoManager history() {
                return undoManager.get();
            }

            @Override
            public void stored() {
                afterChange();
            }

            @Override
            public void say(String text) {
                message.set(text);
            }

            @Override
            public void readAgain(Consumer<Boolean> then) {
                opener.loadAndShow(session.planId(), then);
            }
        }, turns, executor, dialogs);
        changes.subscribe(this::changedElsewhere);
        typingInCell.addListener((o, was, typing) -> {
            if (!typing) {
                reloadIfPostponed();
            }
        });
    }

    // ---------------------------------------------------------------- opening

    /** Reads a plan and builds its tree: the slow part of opening, safe off the JavaFX thread. */
    public Loaded load(long id) throws StoreException {
        return opener.load(id);
    }

    /** Shows a loaded plan; its undo history is the one it had when it was last open in this window. */
    public void show(Loaded loaded) {
        long id = loaded.plan().id();
        History history = histories.get(id);
        if (history == null) {
            history = new History(new PlanSession(plans, loaded.document(), loaded.plan().version(), executor), new UndoManager());
            histories.put(id, history);
        } else {
            history.session().replace(loaded.document(), loaded.plan().version());
        }
        session = history.session();
        stored = loaded.stored();
        activeUnits = loaded.activeUnits();
        undoManager.set(history.undo());
        reloadAfterTyping = false;
        header.load(session.document.header());
        root.set(session.document.root());
        planId.set(id);
        savedText.set("");
        message.set("");
        refreshDerived();
    }

    /**
     * Opens a plan without freezing the window (after the edits before it are stored); {@code shown}
     * runs once it is shown. A failure is told in a dialog.
     */
    public void open(long id, Runnable shown) {
        opener.open(id, false, shown);
    }

    /**
     * Opens the plan that was open last time, as {@link #open} does, except that a plan no longer
     * stored (deleted meanwhile) leaves the editor empty without a dialog. Called at start, it reads
     * the plan beside the plan list instead of after it.
     */
    public void reopen(long id, Runnable shown) {
        opener.open(id, true, shown);
    }

    /** What a dialog says about a failure: the store's own sentence, or an unexpected error's text. */
    static String messageOf(Throwable t) {
        return t instanceof StoreException ? t.getMessage() : Messages.get("editor.unexpected", String.valueOf(t));
    }

    /** Stores a new draft plan in the background and opens it; {@code opened} gets its id. */
    public void createPlan(Consumer<Long> opened) {
        if (!refusedAsReadOnly()) {
            opener.create(opened);
        }
    }

    /** Next year's plan from the open one, stored in the background, then opened. */
    public void duplicatePlan(Consumer<Long> opened) {
        if (!refusedAsReadOnly()) {
            opener.duplicate(this::plan, opened);
        }
    }

    /** Reads the open plan again from the store, keeping its undo history. */
    public void reload() {
        turns.take(() -> {
            if (session != null) {
                Runnable release = turns.hold();
                opener.loadAndShow(session.planId(), shown -> release.run());
            }
        });
    }

    // ---------------------------------------------------------------- cell edits

    /** Stores what was typed in a text cell: content, deadline words, deliverable, percent or notes. */
    public void editText(EditorRow row, Column column, String typed) {
        String text = typed == null ? "" : vn.plandesk.model.Text.nfc(typed).strip();
        if (row instanceof PhaseRow phase) {
            perform(text, () -> cells.phase(session, phase.id(), column, text));
        } else if (column == Column.PERCENT && CellEdits.parsePercent(text) == null) {
            message.set(Messages.get("editor.percent.invalid", text));
        } else {
            perform(text, () -> cells.task(session, row.id(), column, text));
        }
    }

    /** A date chosen in the deadline's picker: the words become "Trước ngày 15/07/2024". */
    public void pickDeadline(EditorRow row, LocalDate date) {
        editText(row, Column.DEADLINE, date == null ? "" : Messages.get("deadline.before", DeadlineText.date(date)));
    }

    public void setCompletedOn(EditorRow row, LocalDate date) {
        if (row instanceof TaskRow) {
            perform(DeadlineText.date(date), () -> cells.completedOn(session, row.id(), date));
        }
    }

    /** Replaces the lead ({@code lead} true) or cooperating units of a task. */
    public void setUnits(EditorRow row, boolean lead, List<UnitRef> chosen) {
        if (row instanceof TaskRow) {
            perform(DeadlineText.units(chosen), () -> cells.units(session, row.id(), lead, chosen));
        }
    }

    /** Stores the header form if it changed; the edit is named after the field. */
    public void commitHeader() {
        if (session == null || !header.isChanged()) {
            reloadIfPostponed();
            return;
        }
        PlanHeader after = header.toHeader();
        perform(after.subject(), () -> {
            PlanHeader before = session.document.header();
            return before.equals(after) ? null : PhaseCommands.header(session, HeaderFormModel.editName(before, after), before, after);
        }, stored -> {
            if (stored) {
                header.load(session.document.header());
            }
        });
    }

    // ---------------------------------------------------------------- units

    /**
     * Units that can be given work: the directory's active ones in Vietnamese order, as read with the open
     * plan (a change to the directory reads the plan, and them, again).
     */
    public List<Unit> activeUnits() {
        return activeUnits;
    }

    /**
     * Adds a unit to the directory from the picker, in the background; {@code made} gets it on the JavaFX
     * thread (the unit already there under that name, if any), or null when it was not stored.
     */
    public void createUnit(String name, Consumer<Unit> made) {
        String clean = vn.plandesk.model.Text.clean(name);
        if (clean == null || refusedAsReadOnly()) {
            made.accept(null);
            return;
        }
        record Found(Unit unit, boolean isNew) {
        }
        executor.execute(BackgroundTask.wrap(() -> {
            Unit existing = units.findByName(clean);
            return existing != null ? new Found(existing, false) : new Found(units.create(Unit.named(clean)), true);
        }).onSuccess(found -> {
            if (found.isNew()) {
                activeUnits = Stream.concat(activeUnits.stream(), Stream.of(found.unit()))
                        .sorted(Comparator.comparing(Unit::fullName, VietnameseText.comparator())).toList();
                changes.unitsChanged(this);
            }
            made.accept(found.unit());
        }).onFailure(e -> {
            dialogs.showError(Messages.get("editor.unitFailed"), messageOf(e));
            made.accept(null);
        }));
    }

    // ---------------------------------------------------------------- undo

    public void undo() {
        if (!refusedAsReadOnly()) {
            writes.step(true);
        }
    }

    public void redo() {
        if (!refusedAsReadOnly()) {
            writes.step(false);
        }
    }

    // ---------------------------------------------------------------- running edits

    /** As {@link #perform(String, Supplier, Consumer)}, for an edit whose outcome nothing waits for. */
    private void perform(String typed, Supplier<Command> action) {
        perform(typed, action, stored -> { });
    }

    /** Runs the edit the action builds through {@link EditWrites}, unless this window may not change the data. */
    private void perform(String typed, Supplier<Command> action, Consumer<Boolean> stored) {
        if (refusedAsReadOnly()) {
            stored.accept(false);
            return;
        }
        writes.perform(typed, action, stored);
    }

    /** After a stored edit: the time in the status line, the checks, the other views told. */
    void afterChange() {
        savedText.set(Messages.get("editor.savedAt", TIME.format(LocalTime.now(clock))));
        if (!header.isChanged()) {
            header.load(session.document.header());
        }
        refreshDerived();
        changes.planChanged(session.planId(), this);
    }

    private void refreshDerived() {
        PlanHeader h = session.document.header();
        title.set(h.numberAndSymbol() == null ? h.subject() : Messages.get("editor.title", h.numberAndSymbol(), h.subject()));
        validate();
    }

    /** The checks over the plan as it is now; see {@link PlanChecks}. */
    private void validate() {
        PlanSession checked = session;
        checks.check(checked.plan(), stored, () -> session == checked);
    }

    /** Another view changed something: show it, unless this editor made the change itself. */
    private void changedElsewhere(StoreChanges.Change change) {
        if (change.origin() == this) {
            return;
        }
        if (session != null && change.touches(session.planId()) && (typingInCell.get() || header.isChanged())) {
            // Reading the plan now would throw the typing away. Once typed, its write meets the newer version
            // and takes the stale path, which reads the plan again and keeps what was typed.
            reloadAfterTyping = true;
            return;
        }
        turns.take(() -> {
            if (session == null) {
                return;
            }
            Runnable release = turns.hold();
            executor.execute(BackgroundTask.wrap(plans::list)
                    .onSuccess(list -> {
                        stored = list;
                        if (session != null && change.touches(session.planId())) {
                            opener.loadAndShow(session.planId(), shown -> release.run());
                        } else {
                            if (session != null) {
                                validate();
                            }
                            release.run();
                        }
                    })
                    .onFailure(e -> {
                        dialogs.showError(Messages.get("editor.openFailed"), messageOf(e));
                        release.run();
                    }));
        });
    }

    private void reloadIfPostponed() {
        if (reloadAfterTyping && !typingInCell.get() && !header.isChanged()) {
            reloadAfterTyping = false;
            reload();
        }
    }

    // ---------------------------------------------------------------- what the view reads

    /** True while the user types in a cell of the tree; the view keeps it so. */
    public BooleanProperty typingInCellProperty() {
        return typingInCell;
    }

    /** The problems of one row, for its mark and tooltip. */
    public List<Problem> problemsOf(EditorRow row) {
        return checks.of(row);
    }

    public PlanStructure structure() {
        return structure;
    }

    public HeaderFormModel header() {
        return header;
    }

    /** The tree's hidden root; null while no plan is open. */
    public ReadOnlyObjectProperty<TreeItem<EditorRow>> rootProperty() {
        return root.getReadOnlyProperty();
    }

    /**
     * False in a window on a login the office server lets read only: every edit is then refused with
     * one line in the status bar (the views also disable what would start one).
     */
    public BooleanProperty editingAllowedProperty() {
        return editingAllowed;
    }

    /** True, after saying so, when this window may not change the data. */
    private boolean refusedAsReadOnly() {
        if (editingAllowed.get()) {
            return false;
        }
        message.set(Messages.get("store.readOnlyLogin"));
        return true;
    }

    public ReadOnlyObjectProperty<Long> planIdProperty() {
        return planId.getReadOnlyProperty();
    }

    /** The undo history of the open plan. */
    public ReadOnlyObjectProperty<UndoManager> undoManagerProperty() {
        return undoManager.getReadOnlyProperty();
    }

    /** "25/KH-KHCN · Thực hiện ...": what the window's title shows. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Đã lưu lúc 09:41:05" after each stored edit. */
    public ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }

    /** A short note about the last action ("Đã hoàn tác: sửa thời hạn", why an indent was not possible). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the window is busy with ("Đang mở kế hoạch..."), or null when it is not. */
    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** The open plan's problems; one view, held here (see PlanListViewModel#years). */
    public ObservableList<Problem> problems() {
        return problemsView;
    }

    /** The plan as it stands, or null when none is open. */
    public Plan plan() {
        return session == null ? null : session.plan();
    }
}

package vn.plandesk.gui.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import vn.plandesk.gui.DialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.editor.PlanEditorViewModel.Loaded;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.UnitDirectory;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Unit;

/**
 * Whole plans read or stored for the editor without freezing the window: opening one, storing a new
 * draft or next year's copy and opening it. Each runs in the user's turn, so after the edits before it
 * are stored; the store is called on the background executor and the plan read is handed to
 * {@code show} on the JavaFX thread. A failure is told in a dialog.
 */
final class PlanOpener {
    private final PlanStore plans;
    private final UnitDirectory units;
    private final StoreChanges changes;
    private final Object editor;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Turns turns;
    private final StringProperty busyText;
    private final Consumer<Loaded> show;

    /**
     * {@code editor} is the origin of the change a stored plan publishes, so the editor skips its own news;
     * {@code busyText} says what the window waits for while a plan is read or stored.
     */
    PlanOpener(PlanStore plans, UnitDirectory units, StoreChanges changes, Object editor, DialogService dialogs, TaskExecutor executor,
               Turns turns, StringProperty busyText, Consumer<Loaded> show) {
        this.plans = plans;
        this.units = units;
        this.changes = changes;
        this.editor = editor;
        this.dialogs = dialogs;
        this.executor = executor;
        this.turns = turns;
        this.busyText = busyText;
        this.show = show;
    }

    /** Reads a plan and builds its tree: the slow part of opening, safe off the JavaFX thread. */
    Loaded load(long id) throws StoreException {
        Plan plan = plans.load(id);
        return new Loaded(plan, new PlanDocument(plan), plans.list(), units.list().stream().filter(Unit::active).toList());
    }

    /**
     * Opens a plan; {@code shown} runs once it is shown. With {@code goneIsQuiet} a plan no longer stored
     * (deleted meanwhile) is not opened and no dialog says so.
     */
    void open(long id, boolean goneIsQuiet, Runnable shown) {
        turns.take(() -> {
            Runnable release = turns.hold();
            busyText.set(Messages.get("editor.opening"));
            loadAndShow(id, goneIsQuiet, opened -> {
                busyText.set(null);
                if (opened) {
                    shown.run();
                }
                release.run();
            });
        });
    }

    /** Reads the plan in the background and shows it; inside a turn that is already held. */
    void loadAndShow(long id, Consumer<Boolean> then) {
        loadAndShow(id, false, then);
    }

    private void loadAndShow(long id, boolean goneIsQuiet, Consumer<Boolean> then) {
        executor.execute(BackgroundTask.wrap(() -> load(id))
                .onSuccess(loaded -> {
                    show.accept(loaded);
                    then.accept(true);
                })
                .onFailure(e -> {
                    boolean gone = e instanceof StoreException s && s.reason() == StoreException.Reason.NOT_FOUND;
                    if (!(goneIsQuiet && gone)) {
                        dialogs.showError(Messages.get("editor.openFailed"), PlanEditorViewModel.messageOf(e));
                    }
                    then.accept(false);
                }));
    }

    /** Stores a new draft plan and opens it; {@code opened} gets its id. */
    void create(Consumer<Long> opened) {
        storeAndOpen(Plan.draft(DocumentType.KE_HOACH, Messages.get("editor.newPlan.subject")),
                Messages.get("editor.opening"), Messages.get("editor.createFailed"), opened);
    }

    /**
     * Stores next year's plan from the plan {@code open} gives in the user's turn (none: nothing to
     * copy) and opens it.
     */
    void duplicate(Supplier<Plan> open, Consumer<Long> opened) {
        turns.take(() -> {
            Plan plan = open.get();
            if (plan != null) {
                storeAndOpen(nextYear(plan), Messages.get("editor.copying"), Messages.get("editor.copyFailed"), opened);
            }
        });
    }

    private void storeAndOpen(Plan plan, String busy, String failureTitle, Consumer<Long> opened) {
        turns.take(() -> {
            Runnable release = turns.hold();
            busyText.set(busy);
            executor.execute(BackgroundTask.wrap(() -> plans.create(plan))
                    .onSuccess(id -> {
                        changes.planChanged(id, editor);
                        loadAndShow(id, shown -> {
                            busyText.set(null);
                            if (shown) {
                                opened.accept(id);
                            }
                            release.run();
                        });
                    })
                    .onFailure(e -> {
                        busyText.set(null);
                        dialogs.showError(failureTitle, PlanEditorViewModel.messageOf(e));
                        release.run();
                    }));
        });
    }

    /**
     * Next year's plan from this one: a draft without number or issue date, tasks without
     * progress, "năm 2026" in the subject turned into "năm 2027". Not stored yet.
     */
    static Plan nextYear(Plan plan) {
        Integer year = plan.year();
        String subject = year == null ? plan.subject() : plan.subject().replace(String.valueOf(year), String.valueOf(year + 1));
        PlanHeader h = plan.header();
        PlanHeader draft = new PlanHeader(h.type(), null, h.governingBody(), h.issuer(), h.place(), null, subject, h.legalBases(),
                h.sections(), h.signer(), h.recipients(), PlanStatus.DRAFT, h.source(), h.notes());
        return plan.withHeader(draft).withPhases(plan.phases().stream().map(PlanOpener::freshPhase).toList())
                .withIdentity(null, 0);
    }

    private static Phase freshPhase(Phase p) {
        return p.withId(null).withTasks(p.tasks().stream().map(TaskFields::fresh).toList())
                .withSubPhases(p.subPhases().stream().map(PlanOpener::freshPhase).toList());
    }
}

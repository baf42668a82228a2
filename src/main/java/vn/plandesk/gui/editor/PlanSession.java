package vn.plandesk.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.undo.CompoundCommand;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;

/**
 * The open plan between the commands and the store: which plan, the version last seen, the tree
 * and the id map. Every command writes through here, and the version moves on with each write.
 * The parts of one user action write as one batch ({@link #asOne}).
 */
final class PlanSession implements CompoundCommand.Batches {
    private final PlanStore plans;
    PlanDocument document;
    // tasks and phases are numbered apart in the store, so each has its own map
    final IdMap taskIds = new IdMap();
    final IdMap phaseIds = new IdMap();
    private final TaskExecutor screen;
    // written by the command running in the background, read on the JavaFX thread
    private volatile long version;
    // while a batch runs (on the command's thread): its store and the tree changes held until it commits
    private PlanStore batchStore;
    private List<Consumer<PlanDocument>> heldChanges;

    PlanSession(PlanStore plans, PlanDocument document, long version, TaskExecutor screen) {
        this.plans = plans;
        this.document = document;
        this.version = version;
        this.screen = screen;
    }

    /**
     * Commands run in the background and change the tree the window shows through here, on the
     * JavaFX thread; the command goes on once the tree is changed.
     */
    void show(Consumer<PlanDocument> change) {
        if (heldChanges != null) {
            heldChanges.add(change);
        } else {
            screen.onScreen(() -> change.accept(document));
        }
    }

    /** Where a command writes: the store, or the transaction of the batch it is part of. */
    PlanStore store() {
        return batchStore != null ? batchStore : plans;
    }

    /**
     * Runs the writes of several commands in one store transaction. The tree shows their changes
     * once all are stored; when one fails, the store rolls back and the tree and version stay as they were.
     */
    @Override
    public void asOne(CompoundCommand.Writes writes) throws StoreException {
        long versionBefore = version;
        List<Consumer<PlanDocument>> held = new ArrayList<>();
        heldChanges = held;
        try {
            plans.inOneTransaction(tx -> {
                batchStore = tx;
                writes.run();
            });
        } catch (StoreException | RuntimeException e) {
            version = versionBefore;
            throw e;
        } finally {
            batchStore = null;
            heldChanges = null;
        }
        screen.onScreen(() -> held.forEach(change -> change.accept(document)));
    }

    /** The plan read again from the store: same ids, so the commands of the history still find their rows. */
    void replace(PlanDocument fresh, long freshVersion) {
        document = fresh;
        version = freshVersion;
    }

    long planId() {
        return document.planId();
    }

    long version() {
        return version;
    }

    void stored(long newVersion) {
        version = newVersion;
    }

    Plan plan() {
        return document.toPlan(version);
    }

    /** The task as the tree has it now, found by the id a command first saw. */
    Task currentTask(long firstSeenId) throws StoreException {
        Task task = document.task(taskIds.current(firstSeenId));
        if (task == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "editor.itemGone");
        }
        return task;
    }

    Phase currentPhase(long firstSeenId) throws StoreException {
        Phase phase = document.phase(phaseIds.current(firstSeenId));
        if (phase == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "editor.itemGone");
        }
        return phase;
    }

    /**
     * Refuses to undo or redo over a change made elsewhere (the follow-up view marked the task done):
     * the row must still be what this command left it as.
     */
    static void expectSame(Task expected, Task actual) throws StoreException {
        if (!sameTask(expected, actual)) {
            throw new StoreException(StoreException.Reason.STALE, "editor.changedElsewhere");
        }
    }

    static void expectSame(Phase expected, Phase actual) throws StoreException {
        if (!expected.withId(null).withTasks(List.of()).withSubPhases(List.of())
                .equals(actual.withId(null).withTasks(List.of()).withSubPhases(List.of()))) {
            throw new StoreException(StoreException.Reason.STALE, "editor.changedElsewhere");
        }
    }

    /** Equal but for ids: unit references compare by name. */
    static boolean sameTask(Task a, Task b) {
        return a.withId(null).withUnits(names(a.lead()), names(a.support()))
                .equals(b.withId(null).withUnits(names(b.lead()), names(b.support())));
    }

    private static List<UnitRef> names(List<UnitRef> units) {
        return units.stream().map(u -> UnitRef.named(u.name())).toList();
    }

    /** Records the ids a re-inserted phase got, part by part, so later commands find them. */
    void remapPhase(Phase before, Phase after) {
        phaseIds.moved(before.id(), after.id());
        for (int i = 0; i < before.tasks().size(); i++) {
            taskIds.moved(before.tasks().get(i).id(), after.tasks().get(i).id());
        }
        for (int i = 0; i < before.subPhases().size(); i++) {
            remapPhase(before.subPhases().get(i), after.subPhases().get(i));
        }
    }
}

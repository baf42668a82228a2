package vn.plandesk.gui.editor;

import java.util.List;
import java.util.function.Consumer;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;

/**
 * The open plan between the commands and the store: which plan, the version last seen, the tree
 * and the id map. Every command writes through here, and the version moves on with each write.
 */
final class PlanSession {
    final PlanStore store;
    PlanDocument document;
    final IdMap ids = new IdMap();
    private final TaskExecutor screen;
    // written by the command running in the background, read on the JavaFX thread
    private volatile long version;

    PlanSession(PlanStore store, PlanDocument document, long version, TaskExecutor screen) {
        this.store = store;
        this.document = document;
        this.version = version;
        this.screen = screen;
    }

    /**
     * Commands run in the background and change the tree the window shows through here, on the
     * JavaFX thread; the command goes on once the tree is changed.
     */
    void show(Consumer<PlanDocument> change) {
        screen.onScreen(() -> change.accept(document));
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
        Task task = document.task(ids.current(firstSeenId));
        if (task == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "editor.itemGone");
        }
        return task;
    }

    Phase currentPhase(long firstSeenId) throws StoreException {
        Phase phase = document.phase(ids.current(firstSeenId));
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
        ids.moved(before.id(), after.id());
        for (int i = 0; i < before.tasks().size(); i++) {
            ids.moved(before.tasks().get(i).id(), after.tasks().get(i).id());
        }
        for (int i = 0; i < before.subPhases().size(); i++) {
            remapPhase(before.subPhases().get(i), after.subPhases().get(i));
        }
    }
}

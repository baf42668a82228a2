package vn.plandesk.logic.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.logic.time.TimeExpressionParser;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

/**
 * What the follow-up view does to a task: mark it done on a date, or extend its deadline keeping the
 * original. Each change is stored against the plan version the user saw. When the plan changed
 * meanwhile (another window, another process) but this task did not, the change is applied to the
 * plan as it is now, once; when the task itself changed, nothing is written and the user is told.
 */
public final class TaskActions {

    /** A task as stored by an action, with the plan version the store gave the change. */
    public record Stored(long planId, long version, Task task) {
    }

    private final PlanStore store;
    private final TimeExpressionParser parser = new TimeExpressionParser();

    public TaskActions(PlanStore store) {
        this.store = store;
    }

    /** Marks {@code seen} (as listed from {@code plan}'s version) done on {@code completedOn}; returns it as stored. */
    public Stored markDone(PlanRef plan, Task seen, LocalDate completedOn, LocalDate today) throws StoreException {
        Objects.requireNonNull(completedOn, "completedOn");
        if (completedOn.isAfter(today)) {
            throw new StoreException(StoreException.Reason.INVALID, "followup.done.inFuture", NumericDate.FORMAT.format(completedOn), NumericDate.FORMAT.format(today));
        }
        return store(plan, seen, task -> task.withCompletion(completedOn, 100));
    }

    /**
     * The new deadline that {@code words} give for a task of {@code plan}: read with the plan's issue
     * date and year, so "30/6" means the plan's year. Refused when it names no date a task can be late
     * against, or not a later one than the deadline in force.
     */
    public TimeExpression readNewDeadline(PlanRef plan, Task seen, String words) throws StoreException {
        if (words == null || words.isBlank()) {
            throw new StoreException(StoreException.Reason.INVALID, "followup.extend.empty");
        }
        TimeExpression deadline = parser.parse(words, plan.issuedOn(), null);
        if (deadline.kind() == TimeKind.UNRESOLVED) {
            throw new StoreException(StoreException.Reason.INVALID, "followup.extend.notUnderstood", words.strip());
        }
        if (deadline.due() == null) {
            throw new StoreException(StoreException.Reason.INVALID, "followup.extend.noDate", words.strip());
        }
        LocalDate inForce = seen.deadlineInForce().due();
        if (inForce != null && !deadline.due().isAfter(inForce)) {
            throw new StoreException(StoreException.Reason.INVALID, "followup.extend.notLater",
                    NumericDate.FORMAT.format(deadline.due()), NumericDate.FORMAT.format(inForce));
        }
        return deadline;
    }

    /** Extends {@code seen}'s deadline to what {@code words} say, granted on {@code grantedOn}; returns it as stored. */
    public Stored extend(PlanRef plan, Task seen, String words, LocalDate grantedOn, String reason) throws StoreException {
        if (seen.isDone()) {
            throw new StoreException(StoreException.Reason.INVALID, "followup.extend.done");
        }
        TimeExpression deadline = readNewDeadline(plan, seen, words);
        Extension extension = new Extension(deadline, grantedOn, reason);
        return store(plan, seen, task -> task.withExtension(extension));
    }

    private Stored store(PlanRef plan, Task seen, UnaryOperator<Task> change) throws StoreException {
        long planId = plan.id();
        try {
            Task changed = change.apply(seen);
            return new Stored(planId, store.updateTask(planId, plan.version(), changed), changed);
        } catch (StoreException stale) {
            if (stale.reason() != StoreException.Reason.STALE) {
                throw stale;
            }
            Plan now = store.load(planId);
            Task current = now.allTasks().stream().filter(t -> Objects.equals(t.id(), seen.id())).findFirst()
                    .orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND, "followup.taskGone", seen.content()));
            if (!sameTask(current, seen)) {
                throw new StoreException(StoreException.Reason.STALE, "followup.taskChanged", seen.content());
            }
            // Someone changed another part of the plan (or renamed a unit): this task is as the user saw it.
            Task changed = change.apply(current);
            return new Stored(planId, store.updateTask(planId, now.version(), changed), changed);
        }
    }

    /** The same task, unit names aside: a renamed unit keeps its id, a merged one does not. */
    private static boolean sameTask(Task a, Task b) {
        return unitsById(a).equals(unitsById(b));
    }

    private static Task unitsById(Task task) {
        return task.withUnits(byId(task.lead()), byId(task.support()));
    }

    private static List<UnitRef> byId(List<UnitRef> units) {
        return units.stream().map(u -> u.id() == null ? u : new UnitRef(u.id(), "#" + u.id())).toList();
    }
}

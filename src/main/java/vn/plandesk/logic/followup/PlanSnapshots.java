package vn.plandesk.logic.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Task;

/**
 * Every stored plan, read whole, kept between refreshes: a refresh reads the plan list and loads
 * again only the plans whose version changed (a task edited, a unit renamed), so the follow-up view
 * stays quick when one task changes among thousands. Safe to use from one thread at a time.
 */
public final class PlanSnapshots {

    private final PlanStore store;
    private final Map<Long, Plan> loaded = new HashMap<>();

    public PlanSnapshots(PlanStore store) {
        this.store = store;
    }

    /** The plans as stored now, in the store's list order (by subject). */
    public synchronized List<Plan> current() throws StoreException {
        List<PlanSummary> summaries = store.list();
        Map<Long, Plan> now = new HashMap<>();
        List<Plan> plans = new ArrayList<>(summaries.size());
        for (PlanSummary summary : summaries) {
            Plan plan = loaded.get(summary.id());
            if (plan == null || plan.version() != summary.version()) {
                plan = load(summary.id());
                if (plan == null) {
                    continue;
                }
            }
            now.put(summary.id(), plan);
            plans.add(plan);
        }
        loaded.clear();
        loaded.putAll(now);
        return plans;
    }

    /**
     * Takes a task this program has just stored into the kept plan, so the next {@link #current()}
     * need not read a whole plan of thousands of tasks again for one change. Only when the kept plan is
     * the version just before the change: then nobody else wrote in between.
     */
    public synchronized void taskStored(TaskActions.Stored stored) {
        Plan plan = loaded.get(stored.planId());
        if (plan == null || plan.version() != stored.version() - 1) {
            return;
        }
        List<Phase> phases = plan.phases().stream().map(phase -> withTask(phase, stored.task())).toList();
        loaded.put(stored.planId(), plan.withPhases(phases).withIdentity(plan.id(), stored.version()));
    }

    private static Phase withTask(Phase phase, Task changed) {
        List<Task> tasks = phase.tasks().stream().map(t -> Objects.equals(t.id(), changed.id()) ? changed : t).toList();
        List<Phase> subPhases = phase.subPhases().stream().map(sub -> withTask(sub, changed)).toList();
        return phase.withTasks(tasks).withSubPhases(subPhases);
    }

    /** A plan deleted between the list and the load is simply no longer there. */
    private Plan load(long planId) throws StoreException {
        try {
            return store.load(planId);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }
}

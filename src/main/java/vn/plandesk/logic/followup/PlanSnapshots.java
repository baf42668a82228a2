package vn.plandesk.logic.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;

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

package vn.plandesk.testing;

import java.util.List;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;

/** Test helpers for comparing plans whatever ids and versions the store gave them. */
public final class Plans {
    private Plans() {
    }

    /** The plan with every store id and the version cleared, so a stored plan equals the one given. */
    public static Plan withoutIds(Plan plan) {
        return new Plan(null, 0, plan.type(), plan.numberAndSymbol(), plan.governingBody(), plan.issuer(), plan.place(),
                plan.issuedOn(), plan.subject(), plan.legalBases(), plan.sections(),
                plan.phases().stream().map(Plans::phase).toList(), plan.signer(), plan.recipients(), plan.status(), plan.source(),
                plan.notes(), names(plan.participants()), plan.sourceDeadlines());
    }

    private static Phase phase(Phase p) {
        return new Phase(null, p.label(), p.title(), p.span(), p.target(), p.focalUnit() == null ? null : UnitRef.named(p.focalUnit().name()),
                p.tasks().stream().map(Plans::task).toList(), p.subPhases().stream().map(Plans::phase).toList());
    }

    private static Task task(Task t) {
        return new Task(null, t.label(), t.content(), t.deadline(), t.start(), t.deliverable(), names(t.lead()), names(t.support()),
                t.percentDone(), t.completedOn(), t.notes(), t.extensions());
    }

    private static List<UnitRef> names(List<UnitRef> refs) {
        return refs.stream().map(u -> UnitRef.named(u.name())).toList();
    }
}

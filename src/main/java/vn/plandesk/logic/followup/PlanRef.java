package vn.plandesk.logic.followup;

import java.time.LocalDate;
import vn.plandesk.model.Plan;

/** The plan a followed-up task belongs to, as the list shows it and as an action needs it. */
public record PlanRef(long id, long version, String numberAndSymbol, String subject, LocalDate issuedOn) {

    static PlanRef of(Plan plan) {
        return new PlanRef(plan.id(), plan.version(), plan.numberAndSymbol(), plan.subject(), plan.issuedOn());
    }
}

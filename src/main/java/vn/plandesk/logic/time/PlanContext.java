package vn.plandesk.logic.time;

import java.time.LocalDate;

/** What the plan tells about time: its issue date and its year, either possibly unknown. */
record PlanContext(LocalDate issuedOn, Integer planYear) {

    /** The plan's year; when not given, the year it was issued in; null when neither is known. */
    Integer year() {
        if (planYear != null) {
            return planYear;
        }
        return issuedOn == null ? null : issuedOn.getYear();
    }
}

package vn.plandesk.logic.export.unitreport;

import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;

/** One task a unit takes part in: the plan and phase it belongs to, and whether the unit leads it. */
public record UnitAssignment(Plan plan, String phase, Task task, boolean leads) {

    /** "Chủ trì" or "Phối hợp", as the assignment table says it. */
    public String roleWords() {
        return leads ? "Chủ trì" : "Phối hợp";
    }
}

package vn.plandesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.StoreLocation;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Unit;

/**
 * What a store holds as a user sees it, whatever ids it gave: every plan as plan JSON (in the plan
 * list's order), every unit with its short name, kind, parent's name and whether it is active, and
 * the office's calendar edits. Two stores holding the same office's data have equal contents.
 */
public record OfficeContents(List<String> plans, List<String> units, List<CalendarEdit> calendarEdits) {

    public static OfficeContents of(StoreLocation where) throws StoreException {
        try (Store store = Store.open(where)) {
            return of(store);
        }
    }

    public static OfficeContents of(Store store) throws StoreException {
        PlanJson json = new PlanJson();
        List<String> plans = new ArrayList<>();
        for (PlanSummary summary : store.plans().list()) {
            plans.add(json.write(store.plans().load(summary.id())));
        }
        List<Unit> units = store.units().list();
        Map<Long, String> names = units.stream().collect(Collectors.toMap(Unit::id, Unit::fullName));
        Function<Unit, String> described = u -> String.join(" | ", u.fullName(), String.valueOf(u.shortName()), u.kind().name(),
                u.parentId() == null ? "-" : names.get(u.parentId()), u.active() ? "active" : "inactive");
        return new OfficeContents(plans, units.stream().map(described).toList(), store.calendar().edits());
    }
}

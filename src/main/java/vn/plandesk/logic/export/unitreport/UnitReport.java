package vn.plandesk.logic.export.unitreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Task;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;

/**
 * Every task one unit leads or cooperates on, across all plans of the store, plan by plan in the
 * order of the plan list, tasks in document order. {@code sender} is the plan the cover letter is
 * written from (its issuing body, place and signer): the most recently issued plan in the report.
 */
public record UnitReport(Unit unit, LocalDate asOf, List<UnitAssignment> assignments, Plan sender) {

    public UnitReport {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(asOf, "asOf");
        assignments = List.copyOf(assignments);
    }

    /** Collects the report of {@code unit} from every plan in {@code store}. */
    public static UnitReport collect(Store store, Unit unit, LocalDate asOf) throws StoreException {
        List<UnitAssignment> assignments = new ArrayList<>();
        Plan sender = null;
        for (PlanSummary summary : store.plans().list()) {
            Plan plan = store.plans().load(summary.id());
            int before = assignments.size();
            for (Phase phase : plan.phases()) {
                collect(plan, phase, unit, assignments);
                phase.subPhases().forEach(sub -> collect(plan, sub, unit, assignments));
            }
            if (assignments.size() > before && (sender == null || isLater(plan, sender))) {
                sender = plan;
            }
        }
        return new UnitReport(unit, asOf, assignments, sender);
    }

    private static void collect(Plan plan, Phase phase, Unit unit, List<UnitAssignment> into) {
        for (Task task : phase.tasks()) {
            if (task.lead().stream().anyMatch(u -> isUnit(u, unit))) {
                into.add(new UnitAssignment(plan, phase.title(), task, true));
            } else if (task.support().stream().anyMatch(u -> isUnit(u, unit))) {
                into.add(new UnitAssignment(plan, phase.title(), task, false));
            }
        }
    }

    /** By directory id once stored; a reference without an id matches by the accent-insensitive name. */
    static boolean isUnit(UnitRef ref, Unit unit) {
        if (ref.id() != null && unit.id() != null) {
            return ref.id().equals(unit.id());
        }
        return VietnameseText.searchKey(ref.name()).equals(VietnameseText.searchKey(unit.fullName()));
    }

    private static boolean isLater(Plan plan, Plan than) {
        return plan.issuedOn() != null && (than.issuedOn() == null || plan.issuedOn().isAfter(than.issuedOn()));
    }

    /** The tasks of one plan in the report. */
    public record PlanGroup(Plan plan, List<UnitAssignment> assignments) {
    }

    /** The assignments grouped by plan, plans in report order. */
    public List<PlanGroup> byPlan() {
        List<PlanGroup> groups = new ArrayList<>();
        for (UnitAssignment a : assignments) {
            // assignments are collected plan by plan, so a plan's tasks are together
            if (groups.isEmpty() || groups.get(groups.size() - 1).plan() != a.plan()) {
                groups.add(new PlanGroup(a.plan(), new ArrayList<>()));
            }
            groups.get(groups.size() - 1).assignments().add(a);
        }
        return groups;
    }

    /**
     * The units a name typed on the command line means, compared without accents: the units whose
     * full or short name is exactly that name, else every unit whose name contains all its words.
     */
    public static List<Unit> unitsNamed(List<Unit> units, String name) {
        String key = VietnameseText.searchKey(name);
        List<Unit> exact = units.stream().filter(u -> VietnameseText.searchKey(u.fullName()).equals(key)
                || (u.shortName() != null && VietnameseText.searchKey(u.shortName()).equals(key))).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return units.stream().filter(u -> VietnameseText.matches(u.fullName(), name)
                || (u.shortName() != null && VietnameseText.matches(u.shortName(), name)))
                .sorted((a, b) -> VietnameseText.comparator().compare(a.fullName(), b.fullName())).toList();
    }
}

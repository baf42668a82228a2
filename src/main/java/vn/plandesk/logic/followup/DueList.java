package vn.plandesk.logic.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;
import vn.plandesk.model.UnitRef;

/**
 * The tasks to urge across all plans: not done and past the deadline in force, or due within a
 * number of days, grouped by lead unit. A task with two lead units is listed under each, since
 * each is to be urged; the totals count it once.
 */
public record DueList(LocalDate today, int withinDays, List<UnitGroup> groups, int overdueTasks, int dueSoonTasks) {

    public DueList {
        groups = List.copyOf(groups);
    }

    /** Overdue tasks first, the latest first; then those due soonest; then by plan and task order. */
    private static final Comparator<FollowUpItem> URGENCY = Comparator.comparing((FollowUpItem i) -> !i.isOverdue())
            .thenComparing(FollowUpItem::due)
            .thenComparing(i -> i.plan().numberAndSymbol() == null ? "" : i.plan().numberAndSymbol(), VietnameseText.comparator())
            .thenComparing(i -> i.plan().id());

    public static DueList build(List<Plan> plans, LocalDate today, int withinDays) {
        if (withinDays < 0) {
            throw new IllegalArgumentException("days ahead must not be negative: " + withinDays);
        }
        Map<UnitKey, List<FollowUpItem>> byUnit = new LinkedHashMap<>();
        Map<UnitKey, UnitRef> units = new HashMap<>();
        int overdue = 0;
        int dueSoon = 0;
        for (Plan plan : plans) {
            PlanRef planRef = null;
            for (Task task : plan.allTasks()) {
                TaskStatus status = task.status(today, withinDays);
                if (status != TaskStatus.NOT_DONE_OVERDUE && status != TaskStatus.DUE_SOON) {
                    continue;
                }
                if (planRef == null) {
                    planRef = PlanRef.of(plan);
                }
                LocalDate due = task.deadlineInForce().due();
                long late = task.daysLate(today);
                FollowUpItem item = new FollowUpItem(planRef, task, status, due, late,
                        late > 0 ? 0 : java.time.temporal.ChronoUnit.DAYS.between(today, due));
                if (status == TaskStatus.NOT_DONE_OVERDUE) {
                    overdue++;
                } else {
                    dueSoon++;
                }
                if (task.lead().isEmpty()) {
                    byUnit.computeIfAbsent(null, k -> new ArrayList<>()).add(item);
                }
                for (UnitRef lead : task.lead()) {
                    UnitKey key = UnitKey.of(lead);
                    units.putIfAbsent(key, lead);
                    byUnit.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
                }
            }
        }
        List<UnitGroup> groups = new ArrayList<>();
        byUnit.forEach((key, items) -> {
            items.sort(URGENCY);
            UnitRef unit = key == null ? null : units.get(key);
            groups.add(new UnitGroup(unit, unit == null ? UnitKey.noLeadName() : unit.name(), items));
        });
        groups.sort(UnitKey.byUnitName(UnitGroup::unit, UnitGroup::name));
        return new DueList(today, withinDays, groups, overdue, dueSoon);
    }

    /** Every listed task once, in the order of the groups. */
    public List<FollowUpItem> items() {
        Map<Long, FollowUpItem> once = new LinkedHashMap<>();
        groups.forEach(g -> g.items().forEach(i -> once.putIfAbsent(i.task().id(), i)));
        return List.copyOf(once.values());
    }
}

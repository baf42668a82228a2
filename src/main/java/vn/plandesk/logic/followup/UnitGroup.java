package vn.plandesk.logic.followup;

import java.util.List;
import vn.plandesk.model.UnitRef;

/**
 * The tasks to urge of one lead unit ({@code unit} null: tasks that name no lead unit, shown under
 * {@code name} "Chưa giao đơn vị chủ trì"). Overdue tasks come first, the latest first.
 */
public record UnitGroup(UnitRef unit, String name, List<FollowUpItem> items) {

    public UnitGroup {
        items = List.copyOf(items);
    }

    public long overdueCount() {
        return items.stream().filter(FollowUpItem::isOverdue).count();
    }

    public long dueSoonCount() {
        return items.size() - overdueCount();
    }
}

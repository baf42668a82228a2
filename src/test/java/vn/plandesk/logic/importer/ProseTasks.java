package vn.plandesk.logic.importer;

import java.util.List;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;

/** The importer on a plan's body pasted as text under a plain heading, for the tests of what prose yields. */
final class ProseTasks {
    private static final String HEAD = "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n";

    private ProseTasks() {
    }

    /** The tasks read from {@code body}, with no unit directory to match against. */
    static List<Task> tasks(String body) throws Exception {
        return new PlanImporter(List.of()).readText("dán", HEAD + body).plan().allTasks();
    }

    /** The units' names, in order. */
    static List<String> names(List<UnitRef> refs) {
        return refs.stream().map(UnitRef::name).toList();
    }
}

package vn.plandesk.logic.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;

/**
 * The rows of a plan's assignment table in document order: each phase as a group row numbered
 * I, II, ..., a sub-phase as "I.1", and its tasks numbered 1, 2, 3 ... again in every phase, the
 * way offices number the rows of a "biểu phân công nhiệm vụ".
 */
public final class AssignmentTable {
    /** The column headings, shared by the Word appendix and the workbook. */
    public static final List<String> HEADINGS = List.of("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Thời gian hoàn thành", "Sản phẩm", "Ghi chú");

    private AssignmentTable() {
    }

    /** Every row, group rows included. */
    public static List<AssignmentRow> rows(Plan plan) {
        List<AssignmentRow> rows = new ArrayList<>();
        forEachRow(plan, rows::add);
        return rows;
    }

    /** Hands the rows over one at a time, so a large plan never needs them all at once. */
    public static void forEachRow(Plan plan, Consumer<AssignmentRow> sink) {
        int phaseNo = 0;
        for (Phase phase : plan.phases()) {
            phaseNo++;
            String roman = Numbering.roman(phaseNo);
            sink.accept(group(phase, 0, roman));
            int[] taskNo = {0};
            phase.tasks().forEach(t -> sink.accept(taskRow(t, ++taskNo[0])));
            int subNo = 0;
            for (Phase sub : phase.subPhases()) {
                subNo++;
                sink.accept(group(sub, 1, roman + "." + subNo));
                sub.tasks().forEach(t -> sink.accept(taskRow(t, ++taskNo[0])));
            }
        }
    }

    private static AssignmentRow group(Phase phase, int level, String number) {
        String title = phase.span().isNone() ? phase.title() : phase.title() + " (" + phase.span().raw() + ")";
        return new AssignmentRow(null, level, number, title, List.of(), List.of(), phase.span().raw(),
                phase.span().start(), phase.span().end(), null, null);
    }

    /** A task's row; the number is its place in its phase. */
    public static AssignmentRow taskRow(Task task, int number) {
        LocalDate start = task.start() != null ? task.start() : task.deadline().start();
        return new AssignmentRow(task, 0, String.valueOf(number), task.content(), names(task.lead()), names(task.support()),
                task.deadline().raw(), start, task.deadline().end(), task.deliverable(), notes(task));
    }

    public static List<String> names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).toList();
    }

    /** Extensions granted, then the task's own notes: what the "Ghi chú" column tells a reader. */
    static String notes(Task task) {
        List<String> parts = new ArrayList<>();
        for (Extension e : task.extensions()) {
            parts.add("Gia hạn: " + e.deadline().raw());
        }
        if (task.notes() != null) {
            parts.add(task.notes());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}

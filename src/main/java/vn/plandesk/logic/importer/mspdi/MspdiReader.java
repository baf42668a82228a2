package vn.plandesk.logic.importer.mspdi;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.ResourceAssignment;
import org.mpxj.mspdi.MSPDIReader;
import vn.plandesk.logic.export.mspdi.MspdiWriter;
import vn.plandesk.logic.importer.ImportException;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.logic.time.TimeExpressionParser;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

/**
 * Reads an MS Project XML (MSPDI) file, ours or another tool's, into a plan: top-level summary
 * tasks are phases, summaries below them sub-phases (deeper levels are flattened into them), other
 * tasks are tasks with their finish date as deadline, and assigned resources their units (lead
 * when the assignment says "Chủ trì" or, in a foreign file, the first resource; the others
 * support). The deadline words and kinds this program keeps in text fields are read back.
 */
public final class MspdiReader {
    public Plan read(String name, byte[] bytes) throws ImportException {
        ProjectFile project;
        try {
            project = new MSPDIReader().read(new ByteArrayInputStream(bytes));
        } catch (MPXJException | RuntimeException e) {
            throw new ImportException(ImportException.Reason.DAMAGED, e, "import.mspdi.unreadable", name, String.valueOf(e.getMessage()));
        }
        if (project == null || project.getTasks().isEmpty()) {
            throw new ImportException(ImportException.Reason.NO_TEXT, "import.mspdi.noTasks", name);
        }
        List<Phase> phases = new ArrayList<>();
        List<Task> loose = new ArrayList<>();
        for (org.mpxj.Task top : project.getChildTasks()) {
            if (top.getChildTasks().isEmpty()) {
                if (top.getName() != null) {
                    loose.add(task(top));
                }
                continue;
            }
            if (!loose.isEmpty()) {
                phases.add(Phase.of("Công việc", TimeExpression.none(), loose));
                loose = new ArrayList<>();
            }
            phases.add(phase(top));
        }
        if (!loose.isEmpty()) {
            phases.add(Phase.of("Công việc", TimeExpression.none(), loose));
        }
        var props = project.getProjectProperties();
        String subject = firstNonBlank(props.getProjectTitle(), props.getName(), name);
        LocalDate start = props.getStartDate() == null ? null : props.getStartDate().toLocalDate();
        return new Plan(null, 0, DocumentType.KE_HOACH, null, null, blankToNull(props.getCompany()), null, null, subject,
                List.of(), List.of(), phases, null, List.of(), PlanStatus.ISSUED, name,
                start == null ? null : "MS Project: " + start.format(NumericDate.FORMAT), List.of(), List.of());
    }

    private Phase phase(org.mpxj.Task summary) {
        List<Task> tasks = new ArrayList<>();
        List<Phase> subPhases = new ArrayList<>();
        for (org.mpxj.Task child : summary.getChildTasks()) {
            if (child.getChildTasks().isEmpty()) {
                tasks.add(task(child));
            } else {
                List<Task> flat = new ArrayList<>();
                flatten(child, flat);
                subPhases.add(new Phase(null, blankToNull(child.getText(3)), nameOf(child), span(child), null, null, flat, List.of()));
            }
        }
        return new Phase(null, blankToNull(summary.getText(3)), nameOf(summary), span(summary), null, null, tasks, subPhases);
    }

    private void flatten(org.mpxj.Task node, List<Task> into) {
        for (org.mpxj.Task child : node.getChildTasks()) {
            if (child.getChildTasks().isEmpty()) {
                into.add(task(child));
            } else {
                flatten(child, into);
            }
        }
    }

    /** A summary's dates only when it carries its own time words (a phase's dates are never its tasks' span). */
    private TimeExpression span(org.mpxj.Task summary) {
        String raw = blankToNull(summary.getText(1));
        return raw == null ? TimeExpression.none() : new TimeExpressionParser().parse(raw);
    }

    private Task task(org.mpxj.Task t) {
        LocalDate start = date(t.getStart());
        LocalDate finish = date(t.getFinish());
        TimeExpression deadline = deadline(t, start, finish);
        LocalDate plannedStart = start != null && !start.equals(deadline.start()) && !start.equals(deadline.end()) ? start : null;
        List<UnitRef> lead = new ArrayList<>();
        List<UnitRef> support = new ArrayList<>();
        boolean roles = t.getResourceAssignments().stream().anyMatch(a -> role(a) != null);
        for (ResourceAssignment a : t.getResourceAssignments()) {
            if (a.getResource() == null || blankToNull(a.getResource().getName()) == null) {
                continue;
            }
            String written = blankToNull(a.getResource().getText(1));
            UnitRef unit = UnitRef.named(written != null ? written : a.getResource().getName());
            boolean isLead = roles ? MspdiWriter.LEAD.equals(role(a)) : lead.isEmpty();
            (isLead ? lead : support).add(unit);
        }
        int percent = t.getPercentageComplete() == null ? 0 : Math.max(0, Math.min(100, t.getPercentageComplete().intValue()));
        LocalDate completed = t.getActualFinish() != null && percent == 100 ? date(t.getActualFinish()) : null;
        return new Task(null, blankToNull(t.getText(3)), nameOf(t), deadline, plannedStart, blankToNull(t.getText(2)), lead,
                support, percent, completed, blankToNull(t.getNotes()), List.of());
    }

    private static String role(ResourceAssignment a) {
        String text = blankToNull(a.getText(1));
        return text != null ? text : blankToNull(a.getNotes());
    }

    /** Ours: the words and kind kept in Text1/Text4; another tool's: a day or a range from the dates. */
    private static TimeExpression deadline(org.mpxj.Task t, LocalDate start, LocalDate finish) {
        String raw = blankToNull(t.getText(1));
        String kindName = blankToNull(t.getText(4));
        if (raw != null && kindName != null) {
            TimeKind kind = TimeKind.valueOf(kindName);
            if (kind == TimeKind.RECURRING || !kind.hasDueDate()) {
                return new TimeExpressionParser().parse(raw);
            }
            LocalDate deadlineStart = date(t.getStart(1));
            return new TimeExpression(raw, kind, deadlineStart, finish, null, null);
        }
        if (finish == null) {
            return TimeExpression.none();
        }
        if (start == null || start.equals(finish)) {
            return TimeExpression.of("ngày " + finish.format(NumericDate.FORMAT), TimeKind.DAY, finish, finish);
        }
        return TimeExpression.of("từ ngày " + start.format(NumericDate.FORMAT) + " đến ngày " + finish.format(NumericDate.FORMAT),
                TimeKind.RANGE, start, finish);
    }

    private static String nameOf(org.mpxj.Task t) {
        String name = blankToNull(t.getName());
        return name == null ? "(không tên)" : name;
    }

    private static LocalDate date(LocalDateTime time) {
        return time == null ? null : time.toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "Kế hoạch";
    }
}

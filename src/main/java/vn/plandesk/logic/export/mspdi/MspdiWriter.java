package vn.plandesk.logic.export.mspdi;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.mspdi.MSPDIWriter;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;

/**
 * Writes a plan as MS Project XML (MSPDI) through MPXJ, so it opens in MS Project, ProjectLibre and
 * GanttProject: phases are summary tasks (sub-phases one level down), tasks carry their start and
 * due dates, units are resources assigned to their tasks. What a Gantt tool has no field for is
 * kept in text fields: Text1 the deadline words, Text2 the deliverable, Text3 the item label,
 * Text4 the kind of deadline; an assignment's notes say "Chủ trì" (lead) or "Phối hợp" (support).
 */
public final class MspdiWriter {

    /** An assignment note marking the lead unit; the reader looks for it to tell lead from support. */
    public static final String LEAD = "Chủ trì";
    static final String SUPPORT = "Phối hợp";
    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 0);

    public void write(Plan plan, OutputStream out) throws IOException {
        ProjectFile project = new ProjectFile();
        project.getProjectProperties().setName(plan.subject());
        project.getProjectProperties().setProjectTitle(plan.subject());
        if (plan.issuer() != null) {
            project.getProjectProperties().setCompany(plan.issuer());
        }
        if (plan.issuedOn() != null) {
            project.getProjectProperties().setStartDate(plan.issuedOn().atTime(DAY_START));
        }
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (UnitRef unit : plan.involvedUnits()) {
            Resource r = project.addResource();
            r.setName(unit.name());
            r.setText(1, unit.name()); // MS Project turns a comma in a resource name into ";": keep the name as written
            resources.put(unit.name(), r);
        }
        for (Phase phase : plan.phases()) {
            org.mpxj.Task summary = project.addTask();
            phase(summary, phase, resources);
            for (Phase sub : phase.subPhases()) {
                phase(summary.addTask(), sub, resources);
            }
        }
        try {
            new MSPDIWriter().write(project, new XmlCharactersOnly(out));
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void phase(org.mpxj.Task summary, Phase phase, Map<String, Resource> resources) {
        summary.setName(phase.title());
        summary.setSummary(true);
        if (phase.label() != null) {
            summary.setText(3, phase.label());
        }
        if (!phase.span().isNone()) {
            summary.setText(1, phase.span().raw());
            summary.setText(4, phase.span().kind().name());
        }
        for (Task task : phase.tasks()) {
            task(summary.addTask(), task, resources);
        }
    }

    private static void task(org.mpxj.Task t, Task task, Map<String, Resource> resources) {
        t.setName(task.content());
        LocalDate due = task.deadline().end();
        LocalDate deadlineStart = task.deadline().start();
        LocalDate start = task.start() != null ? task.start() : deadlineStart != null ? deadlineStart : due;
        if (start != null) {
            t.setStart(start.atTime(DAY_START));
        }
        if (due != null) {
            t.setFinish(due.atTime(DAY_END));
        } else if (start != null) {
            t.setFinish(start.atTime(DAY_END));
        }
        if (deadlineStart != null) {
            t.setStart(1, deadlineStart.atTime(DAY_START));
        }
        if (!task.deadline().isNone()) {
            t.setText(1, task.deadline().raw());
            t.setText(4, task.deadline().kind().name());
        }
        if (task.deliverable() != null) {
            t.setText(2, task.deliverable());
        }
        if (task.label() != null) {
            t.setText(3, task.label());
        }
        t.setPercentageComplete(task.percentDone());
        if (task.completedOn() != null) {
            t.setActualFinish(task.completedOn().atTime(DAY_END));
        }
        if (task.notes() != null) {
            t.setNotes(task.notes());
        }
        assign(t, task.lead(), LEAD, resources);
        assign(t, task.support(), SUPPORT, resources);
    }

    private static void assign(org.mpxj.Task t, List<UnitRef> units, String role, Map<String, Resource> resources) {
        for (UnitRef unit : units) {
            ResourceAssignment a = t.addResourceAssignment(resources.get(unit.name()));
            a.setNotes(role);
            a.setText(1, role);
        }
    }


    /**
     * MPXJ writes a control character of a text (a Word line break U+000B, say) as it is, which no XML
     * reader accepts: each becomes a space. In UTF-8 a byte below 0x20 is always that character itself.
     */
    private static final class XmlCharactersOnly extends FilterOutputStream {
        XmlCharactersOnly(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(xmlCharacter(b));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            byte[] copy = java.util.Arrays.copyOfRange(b, off, off + len);
            for (int i = 0; i < len; i++) {
                copy[i] = (byte) xmlCharacter(copy[i]);
            }
            out.write(copy);
        }

        private static int xmlCharacter(int b) {
            return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' ? ' ' : b;
        }
    }
}

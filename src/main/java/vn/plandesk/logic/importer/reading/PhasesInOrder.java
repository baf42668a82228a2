package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.importer.Finding;
import vn.plandesk.logic.importer.SourceSpan;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Task;

/**
 * The phases of the prose and of the assignment tables in document order: a table in the body
 * stands among the sections around it, an appendix after them. A prose phase whose every task the
 * table restates (the body lists the steps, the appendix assigns them with leads and times, as
 * PlanDesk's own export does) is the table's phase written twice: the table's copy is kept.
 * The review's references ("phases[3].tasks[1]") follow the phases to their new places.
 */
final class PhasesInOrder {

    private static final Pattern PHASE_FIELD = Pattern.compile("^phases\\[(\\d+)]");
    /** Opening words compared to tell a restated task (the scorer of the corpus compares the same way). */
    private static final int OPENING = 40;
    private static final int SHORTEST = 10;

    final List<Phase> phases = new ArrayList<>();
    final List<SourceSpan> spans = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    private record Placed(Phase phase, int start, int proseIndex) {
    }

    /**
     * Joins {@code prose} (with the spans and findings that refer to it) and the tables' readings.
     * A prose phase's place is the start of its span, or the place of the phase before it.
     */
    PhasesInOrder(List<Phase> prose, List<SourceSpan> proseSpans, List<Finding> proseFindings, List<AssignmentTable.Reading> tables) {
        Set<String> restated = new HashSet<>();
        List<Placed> placed = new ArrayList<>();
        for (AssignmentTable.Reading table : tables) {
            for (int i = 0; i < table.phases().size(); i++) {
                Phase phase = table.phases().get(i);
                placed.add(new Placed(phase, table.phaseStarts().get(i), -1));
                phase.allTasks().forEach(t -> restated.add(opening(t)));
            }
        }
        int[] starts = proseStarts(prose.size(), proseSpans);
        for (int i = 0; i < prose.size(); i++) {
            Phase phase = prose.get(i);
            List<Task> tasks = phase.allTasks();
            boolean repeated = !tasks.isEmpty() && tasks.stream().allMatch(t -> isRestated(opening(t), restated));
            if (!repeated) {
                placed.add(new Placed(phase, starts[i], i));
            }
        }
        placed = inOrder(placed);
        int[] newIndex = new int[prose.size()];
        java.util.Arrays.fill(newIndex, -1);
        for (int i = 0; i < placed.size(); i++) {
            phases.add(placed.get(i).phase());
            if (placed.get(i).proseIndex() >= 0) {
                newIndex[placed.get(i).proseIndex()] = i;
            } else {
                spans.add(new SourceSpan("phases[" + i + "]", placed.get(i).start(), placed.get(i).start()));
            }
        }
        for (SourceSpan span : proseSpans) {
            String field = renumbered(span.field(), newIndex);
            if (field != null) {
                spans.add(new SourceSpan(field, span.start(), span.end()));
            }
        }
        for (Finding finding : proseFindings) {
            String field = renumbered(finding.field(), newIndex);
            if (field != null) {
                findings.add(new Finding(field, finding.key(), finding.args(), finding.start(), finding.end()));
            }
        }
    }

    /**
     * The prose phases in the order the text gives them, each table phase put before the first
     * prose phase that starts after it (prose phases are not reordered among themselves).
     */
    private static List<Placed> inOrder(List<Placed> placed) {
        List<Placed> tablePhases = placed.stream().filter(p -> p.proseIndex() < 0).toList();
        List<Placed> ordered = new ArrayList<>();
        int next = 0;
        for (Placed p : placed) {
            if (p.proseIndex() < 0) {
                continue;
            }
            while (next < tablePhases.size() && tablePhases.get(next).start() < p.start()) {
                ordered.add(tablePhases.get(next++));
            }
            ordered.add(p);
        }
        ordered.addAll(tablePhases.subList(next, tablePhases.size()));
        return ordered;
    }

    private static int[] proseStarts(int count, List<SourceSpan> spans) {
        int[] starts = new int[count];
        java.util.Arrays.fill(starts, -1);
        for (SourceSpan span : spans) {
            Matcher m = PHASE_FIELD.matcher(span.field());
            if (m.matches()) {
                int i = Integer.parseInt(m.group(1));
                if (i < count && starts[i] < 0) {
                    starts[i] = span.start();
                }
            }
        }
        for (int i = 0; i < count; i++) {
            if (starts[i] < 0) {
                starts[i] = i == 0 ? 0 : starts[i - 1];
            }
        }
        return starts;
    }

    /** The field with its phase index moved; null when it refers to a phase left out; unchanged when not a phase's. */
    private static String renumbered(String field, int[] newIndex) {
        Matcher m = PHASE_FIELD.matcher(field);
        if (!m.find()) {
            return field;
        }
        int old = Integer.parseInt(m.group(1));
        if (old >= newIndex.length || newIndex[old] < 0) {
            return null;
        }
        return "phases[" + newIndex[old] + "]" + field.substring(m.end());
    }

    private static String opening(Task task) {
        String key = VietnameseText.searchKey(task.content()).replaceAll("[^\\p{L}\\d]+", " ").strip();
        return key.length() > OPENING ? key.substring(0, OPENING) : key;
    }

    /** Restated: one text opens with the other (the table may drop a time in brackets or a final word). */
    private static boolean isRestated(String opening, Set<String> tableOpenings) {
        return opening.length() >= SHORTEST && tableOpenings.stream()
                .anyMatch(t -> t.length() >= SHORTEST && (t.startsWith(opening) || opening.startsWith(t)));
    }
}

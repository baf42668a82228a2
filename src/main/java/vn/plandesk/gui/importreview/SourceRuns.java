package vn.plandesk.gui.importreview;

import java.util.ArrayList;
import java.util.List;
import vn.plandesk.logic.importer.SourceSpan;

/**
 * The source text cut into runs by what was read in it, so the window can colour tasks, phases,
 * deadlines and the signer. Where spans overlap the most specific wins: a deadline inside a task
 * line is a deadline.
 */
final class SourceRuns {

    /** What a run of the source was read as; {@code NOT_READ} is text that went into no field. */
    enum Kind { NOT_READ, TASK, PHASE, SIGNER, DEADLINE }

    record Run(int start, int end, Kind kind) {
    }

    private SourceRuns() {
    }

    static List<Run> of(String text, List<SourceSpan> spans) {
        Kind[] kinds = new Kind[text.length()];
        java.util.Arrays.fill(kinds, Kind.NOT_READ);
        for (SourceSpan span : spans) {
            Kind kind = kindOf(span.field());
            int start = Math.max(0, Math.min(span.start(), text.length()));
            int end = Math.max(start, Math.min(span.end(), text.length()));
            if (kind == Kind.SIGNER && end == start) {
                // the importer marks where the signer's name starts: colour that line
                int newline = text.indexOf('\n', start);
                end = newline < 0 ? text.length() : newline;
            }
            for (int i = start; i < end; i++) {
                if (kind.ordinal() > kinds[i].ordinal()) {
                    kinds[i] = kind;
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= kinds.length; i++) {
            if (i == kinds.length || kinds[i] != kinds[runStart]) {
                runs.add(new Run(runStart, i, kinds[runStart]));
                runStart = i;
            }
        }
        return runs;
    }

    static Kind kindOf(String field) {
        if (field.equals("signer")) {
            return Kind.SIGNER;
        }
        if (field.startsWith("deadlines[") || field.endsWith(".deadline")) {
            return Kind.DEADLINE;
        }
        if (field.contains(".tasks[")) {
            return Kind.TASK;
        }
        return field.startsWith("phases[") ? Kind.PHASE : Kind.NOT_READ;
    }
}

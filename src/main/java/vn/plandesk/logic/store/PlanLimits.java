package vn.plandesk.logic.store;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;

/**
 * What one plan may hold: the text lengths of the schema (db/migration), at most {@value #MAX_PHASES}
 * phases and {@value #MAX_TASKS} tasks, dates from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, and
 * valid Unicode only (no lone surrogate, no NUL, no U+FFFE/U+FFFF, which break the exports). The
 * importer refuses a file past them in one sentence before anything is stored, and the store refuses
 * such a plan from any other path the same way (never with the engine's SQL).
 */
public final class PlanLimits {
    public static final int MAX_PHASES = 2_000;
    public static final int MAX_TASKS = 20_000;
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    /** For texts the table below does not name. */
    private static final int DEFAULT_LENGTH = 100_000;

    /** Record component → the column's length in db/migration/V1__schema.sql. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("Plan.numberAndSymbol", 100), Map.entry("Plan.governingBody", 500), Map.entry("Plan.issuer", 500),
            Map.entry("Plan.place", 200), Map.entry("Plan.subject", 4000), Map.entry("Plan.source", 1000),
            Map.entry("Plan.notes", 100_000), Map.entry("Plan.legalBases", 4000),
            Map.entry("TextSection.heading", 1000), Map.entry("TextSection.body", 1_000_000),
            Map.entry("Recipient.name", 1000), Map.entry("Recipient.note", 100),
            Map.entry("Signer.position", 500), Map.entry("Signer.name", 200),
            Map.entry("Phase.label", 50), Map.entry("Phase.title", 4000), Map.entry("Phase.target", 1000),
            Map.entry("Task.label", 50), Map.entry("Task.content", 100_000), Map.entry("Task.deliverable", 1000),
            Map.entry("Task.notes", 100_000), Map.entry("TimeExpression.raw", 2000), Map.entry("Extension.reason", 4000),
            Map.entry("UnitRef.name", 1000));

    /** A limit a plan goes past: the sentence, in the user's language, says which and where. */
    public record Violation(String key, Object... args) {
        public String message() {
            return Messages.get(key, args);
        }
    }

    private PlanLimits() {
    }

    /** The first limit the plan goes past, or null when it holds. */
    public static Violation check(Plan plan) {
        return check(plan, true);
    }

    /**
     * As {@link #check(Plan)}; without {@code labels} the lengths of phase and task labels are not
     * judged (a document reader's own guess at a numbering, which the review shows and the user fixes).
     */
    public static Violation check(Plan plan, boolean labels) {
        int phases = 0;
        for (Phase p : plan.phases()) {
            phases += 1 + p.subPhases().size();
        }
        if (phases > MAX_PHASES) {
            return new Violation("limit.phases", phases, MAX_PHASES);
        }
        int tasks = plan.taskCount();
        if (tasks > MAX_TASKS) {
            return new Violation("limit.tasks", tasks, MAX_TASKS);
        }
        return walk(plan, "Plan", "", labels);
    }

    private static Violation walk(Object value, String owner, String where, boolean labels) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text(text, owner, where, labels || !owner.endsWith(".label"));
        }
        if (value instanceof LocalDate date) {
            int year = date.getYear();
            return year < FIRST_YEAR || year > LAST_YEAR
                    ? new Violation("limit.date", where, String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))
                    : null;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                Violation v = walk(item, owner, where + "[" + (++i) + "]", labels);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        if (value.getClass().isRecord()) {
            String type = value.getClass().getSimpleName();
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                Object part;
                try {
                    part = c.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String path = where.isEmpty() ? c.getName() : where + "." + c.getName();
                Violation v = walk(part, type + "." + c.getName(), path, labels);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static Violation text(String text, String owner, String where, boolean length) {
        int limit = LENGTHS.getOrDefault(owner, DEFAULT_LENGTH);
        if (length && text.length() > limit) {
            return new Violation("limit.text", where, text.length(), limit);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                i++;
            } else {
                bad = Character.isLowSurrogate(c) || c == 0 || c == '\uFFFE' || c == '\uFFFF';
            }
            if (bad) {
                return new Violation("limit.unicode", where, String.format("U+%04X", (int) c));
            }
        }
        return null;
    }
}

package vn.plandesk.logic.json;

import static vn.plandesk.logic.json.JsonFields.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Recurrence;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;

/**
 * Time phrases in a plan file. A phase, a deadline and an extension write {phrase, start, end}; a
 * task writes {phrase, due, deadline_start} ("start" of a task is its planned start, not part of
 * the deadline words). Next to them we write the meaning: "kind" ("range", "part_of_month" ...),
 * "recurrence" {period, day, month} and "flags".
 *
 * <p>Reading, in this order:
 * <ol>
 * <li>nothing given → no time;</li>
 * <li>a phrase without any date (or with a kind that needs dates but none given) → the parser's reading;</li>
 * <li>a "kind" → the file's meaning as written (what this program wrote);</li>
 * <li>dates without a kind (annotations, other tools) → the dates as written; the kind is the parser's
 *     when it reads the same dates (a date key that is absent is filled from it), else RANGE for
 *     start and end (DAY when equal), BEFORE for "trước ..." or BY for an end alone, OPEN for a start alone.</li>
 * </ol>
 */
final class TimeJson {

    /** What the time-expression parser offers; a seam so tests can read files without it. */
    @FunctionalInterface
    interface PhraseParser {
        TimeExpression parse(String words, LocalDate planIssuedOn, Integer planYear);
    }

    private final PhraseParser parser;
    private final LocalDate issuedOn;

    TimeJson(PhraseParser parser, LocalDate issuedOn) {
        this.parser = parser;
        this.issuedOn = issuedOn;
    }

    /** {phrase, start, end, ...} of a phase, a listed deadline or an extension. */
    TimeExpression readSpan(JsonNode node, String path) throws PlanJsonException {
        return read(node, path, "start", "end");
    }

    /** {phrase, due, deadline_start, ...} of a task. */
    TimeExpression readDeadline(JsonNode node, String path) throws PlanJsonException {
        return read(node, path, "deadline_start", "due");
    }

    private TimeExpression read(JsonNode node, String path, String startKey, String endKey) throws PlanJsonException {
        String phrase = JsonFields.text(node, "phrase", path);
        phrase = phrase == null || phrase.isBlank() ? null : phrase;
        LocalDate start = JsonFields.date(node, startKey, path);
        LocalDate end = JsonFields.date(node, endKey, path);
        TimeKind kind = kind(node, path);
        boolean dated = start != null || end != null;
        if (phrase == null && !dated && kind == null) {
            return TimeExpression.none();
        }
        if (phrase != null && !dated && (kind == null || needsDates(kind))) {
            return parser.parse(phrase, issuedOn, year());
        }
        if (kind != null) {
            return build(path, phrase, kind, start, end, recurrence(node, path), flags(node, path));
        }
        if (phrase != null) {
            TimeExpression parsed = parser.parse(phrase, issuedOn, year());
            // A date key written as null is given too; only an absent key is filled from the parser.
            boolean startKnown = node.has(startKey);
            if (Objects.equals(parsed.end(), end) && (!startKnown || Objects.equals(parsed.start(), start))) {
                return build(path, phrase, parsed.kind(), startKnown ? start : parsed.start(), end,
                        parsed.recurrence(), parsed.flags());
            }
        }
        return build(path, phrase, inferredKind(phrase, start, end), start, end, null, Set.of());
    }

    private Integer year() {
        return issuedOn == null ? null : issuedOn.getYear();
    }

    private static boolean needsDates(TimeKind kind) {
        return kind.hasDueDate() || kind == TimeKind.OPEN;
    }

    private static TimeKind inferredKind(String phrase, LocalDate start, LocalDate end) {
        if (start != null && end != null) {
            return start.equals(end) ? TimeKind.DAY : TimeKind.RANGE;
        }
        if (end != null) {
            return VietnameseText.searchKey(phrase).contains("truoc") ? TimeKind.BEFORE : TimeKind.BY;
        }
        return TimeKind.OPEN;
    }

    private static TimeExpression build(String path, String phrase, TimeKind kind, LocalDate start, LocalDate end,
                                        Recurrence recurrence, Set<TimeExpression.Flag> flags) throws PlanJsonException {
        try {
            return new TimeExpression(phrase, kind, start, end, recurrence, flags);
        } catch (IllegalArgumentException e) {
            // End before start, or a recurring kind without its rule.
            throw new PlanJsonException(e, "json.badTime", path, phrase == null ? "" : phrase);
        }
    }

    /** The kind as written; an unknown word is ignored like an unknown key. */
    private static TimeKind kind(JsonNode node, String path) throws PlanJsonException {
        String word = JsonFields.text(node, "kind", path);
        return word == null ? null : JsonFields.enumValue(TimeKind.class, word);
    }

    private static Recurrence recurrence(JsonNode node, String path) throws PlanJsonException {
        if (!JsonFields.given(node, "recurrence")) {
            return null;
        }
        String at = at(path, "recurrence");
        JsonNode rule = JsonFields.object(node.get("recurrence"), at);
        String periodWord = JsonFields.text(rule, "period", at);
        Recurrence.Period period = periodWord == null ? null : JsonFields.enumValue(Recurrence.Period.class, periodWord);
        if (period == null) {
            throw JsonFields.badValue(at, rule);
        }
        int day = JsonFields.integer(rule, "day", at, 0);
        int month = JsonFields.integer(rule, "month", at, 0);
        try {
            return new Recurrence(period, day == 0 ? null : day, month == 0 ? null : month);
        } catch (IllegalArgumentException e) {
            throw JsonFields.badValue(at, rule);
        }
    }

    private static Set<TimeExpression.Flag> flags(JsonNode node, String path) throws PlanJsonException {
        Set<TimeExpression.Flag> flags = EnumSet.noneOf(TimeExpression.Flag.class);
        for (String word : JsonFields.texts(node, "flags", path)) {
            TimeExpression.Flag flag = JsonFields.enumValue(TimeExpression.Flag.class, word);
            if (flag != null) {
                flags.add(flag);
            }
        }
        return flags;
    }

    static void writeSpan(ObjectNode node, TimeExpression time) {
        node.put("phrase", phrase(time));
        node.put("start", iso(time.start()));
        node.put("end", iso(time.end()));
        writeMeaning(node, time);
    }

    /** A task's deadline: the end is its due date; a start only when the words give one. */
    static void writeDeadline(ObjectNode node, TimeExpression time) {
        node.put("phrase", phrase(time));
        node.put("due", iso(time.end()));
        if (time.start() != null) {
            node.put("deadline_start", iso(time.start()));
        }
        writeMeaning(node, time);
    }

    private static void writeMeaning(ObjectNode node, TimeExpression time) {
        if (time.isNone()) {
            return;
        }
        node.put("kind", JsonFields.enumWord(time.kind()));
        Recurrence rule = time.recurrence();
        if (rule != null) {
            ObjectNode written = node.putObject("recurrence");
            written.put("period", JsonFields.enumWord(rule.period()));
            written.put("day", rule.dayOfMonth());
            written.put("month", rule.month());
        }
        if (!time.flags().isEmpty()) {
            ArrayNode flags = node.putArray("flags");
            EnumSet.copyOf(time.flags()).forEach(flag -> flags.add(JsonFields.enumWord(flag)));
        }
    }

    private static String phrase(TimeExpression time) {
        return time.raw().isEmpty() ? null : time.raw();
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * Every dated time of the phases and tasks in document order (a phase, its tasks, then each
     * sub-phase and its tasks): the "deadlines" of a plan that has no list from its source.
     */
    static List<TimeExpression> datedTimes(List<Phase> phases) {
        List<TimeExpression> times = new ArrayList<>();
        for (Phase phase : phases) {
            addDated(phase, times);
            phase.subPhases().forEach(sub -> addDated(sub, times));
        }
        return times;
    }

    private static void addDated(Phase phase, List<TimeExpression> times) {
        if (isDated(phase.span())) {
            times.add(phase.span());
        }
        for (Task task : phase.tasks()) {
            if (isDated(task.deadline())) {
                times.add(task.deadline());
            }
        }
    }

    private static boolean isDated(TimeExpression time) {
        return time.start() != null || time.end() != null;
    }
}

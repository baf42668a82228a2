package vn.plandesk.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Time words exactly as written in a plan ({@code raw}) and what they mean. {@code end} is the due
 * date where there is one; {@code start} may be null ("trước ngày ..." has no start). Words that
 * could not be read keep kind {@link TimeKind#UNRESOLVED} and no dates: never dropped.
 */
public record TimeExpression(String raw, TimeKind kind, LocalDate start, LocalDate end,
                             Recurrence recurrence, Set<Flag> flags) {

    /** Remarks a person should see next to the understood dates. */
    public enum Flag {
        /** The year was not written and was taken from the plan. */
        YEAR_ASSUMED,
        /** The deadline falls long before the plan's issue date: probably a typing or OCR mistake. */
        FAR_BEFORE_PLAN,
        /** The time is that of an event the plan names, e.g. "(Kỳ họp tháng 7/2019)". */
        TIED_TO_EVENT
    }

    private static final TimeExpression NONE = new TimeExpression("", TimeKind.NONE, null, null, null, Set.of());

    public TimeExpression {
        raw = raw == null ? "" : Text.nfc(raw);
        Objects.requireNonNull(kind, "kind");
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start + " in '" + raw + "'");
        }
        if (kind == TimeKind.RECURRING && recurrence == null) {
            throw new IllegalArgumentException("a recurring expression needs its rule: '" + raw + "'");
        }
    }

    /** No time words. */
    public static TimeExpression none() {
        return NONE;
    }

    /** Words kept as written, not understood. A blank text is {@link #none()}. */
    public static TimeExpression unresolved(String raw) {
        if (raw == null || raw.isBlank()) {
            return NONE;
        }
        return new TimeExpression(raw, TimeKind.UNRESOLVED, null, null, null, Set.of());
    }

    public static TimeExpression of(String raw, TimeKind kind, LocalDate start, LocalDate end) {
        return new TimeExpression(raw, kind, start, end, null, Set.of());
    }

    public boolean isNone() {
        return kind == TimeKind.NONE;
    }

    public boolean hasFlag(Flag flag) {
        return flags.contains(flag);
    }

    public TimeExpression withFlag(Flag flag) {
        Set<Flag> more = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new TimeExpression(raw, kind, start, end, recurrence, more);
    }

    /** The date a task with this deadline is due, or null when it has none. */
    public LocalDate due() {
        return kind.hasDueDate() ? end : null;
    }
}

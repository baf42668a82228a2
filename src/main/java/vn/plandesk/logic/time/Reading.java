package vn.plandesk.logic.time;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.plandesk.model.Recurrence;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeExpression.Flag;
import vn.plandesk.model.TimeKind;
import vn.plandesk.logic.time.DatePieces.DateSpan;
import vn.plandesk.logic.time.DatePieces.Piece;

/**
 * What a matched phrase means, before it is joined to its raw words. Readers return null when the
 * words match a pattern but name no real time (31/2/2019, a missing year with no plan year).
 */
record Reading(TimeKind kind, LocalDate start, LocalDate end, Recurrence recurrence, Set<Flag> flags) {

    /** A year written in a plan lies in this range; anything else is a typing or OCR error. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;
    /** A deadline this long before the plan's issue date is probably mistyped. */
    private static final int FAR_BEFORE_PLAN_DAYS = 365;

    static Reading of(TimeKind kind, LocalDate start, LocalDate end, Set<Flag> flags) {
        return new Reading(kind, start, end, null, flags);
    }

    static Reading recurring(Recurrence recurrence) {
        return new Reading(TimeKind.RECURRING, null, null, recurrence, Set.of());
    }

    /** The whole span of one piece: a day, a month, a quarter, a year. */
    static Reading whole(TimeKind kind, Piece piece, PlanContext context) {
        Year year = Year.of(piece.year(), context);
        DateSpan span = year == null ? null : piece.in(year.value());
        return span == null ? null : of(kind, span.start(), span.end(), year.flags());
    }

    /** Only the end of a piece: "trước ngày ...", "chậm nhất ...". */
    static Reading until(TimeKind kind, Piece piece, PlanContext context) {
        Reading whole = whole(kind, piece, context);
        return whole == null ? null : of(kind, null, whole.end(), whole.flags());
    }

    /**
     * From the start of one piece to the end of the other. A start written without a year takes the
     * end's year ("từ ngày 01/4 đến ngày 15/4/2019"), or the year before when that would put it after
     * the end ("từ ngày 20/12 đến ngày 10/01/2020").
     */
    static Reading range(Piece from, Piece to, PlanContext context) {
        Year toYear = Year.of(to.year(), context);
        Year fromYear = from.year() == null && to.year() != null ? new Year(to.year(), false) : Year.of(from.year(), context);
        if (toYear == null || fromYear == null) {
            return null;
        }
        DateSpan first = from.in(fromYear.value());
        DateSpan last = to.in(toYear.value());
        if (first != null && last != null && first.start().isAfter(last.end()) && from.year() == null) {
            first = from.in(fromYear.value() - 1);
        }
        if (first == null || last == null) {
            return null;
        }
        Set<Flag> flags = fromYear.assumed() || toYear.assumed() ? Set.of(Flag.YEAR_ASSUMED) : Set.of();
        return of(TimeKind.RANGE, first.start(), last.end(), flags);
    }

    /** From the start of a piece on, with no end: "từ ngày 01/7/2026", "năm 2026 và các năm tiếp theo". */
    static Reading from(Piece first, PlanContext context) {
        Reading whole = whole(TimeKind.OPEN, first, context);
        return whole == null ? null : of(TimeKind.OPEN, whole.start(), null, whole.flags());
    }

    /** From the plan's issue date (when known and not after the end) to the end of a piece. */
    static Reading sinceIssue(Piece to, PlanContext context) {
        Reading whole = whole(TimeKind.RANGE, to, context);
        if (whole == null) {
            return null;
        }
        LocalDate issued = context.issuedOn();
        LocalDate start = issued != null && !issued.isAfter(whole.end()) ? issued : null;
        return of(TimeKind.RANGE, start, whole.end(), whole.flags());
    }

    Reading withFlag(Flag flag) {
        Set<Flag> more = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new Reading(kind, start, end, recurrence, more);
    }

    /** Joins the meaning to its words; a span that ends before it starts is not understood. */
    TimeExpression toExpression(String raw, PlanContext context) {
        if (start != null && end != null && end.isBefore(start)) {
            return TimeExpression.unresolved(raw);
        }
        TimeExpression expression = new TimeExpression(raw, kind, start, end, recurrence, flags);
        LocalDate issued = context.issuedOn();
        boolean farBefore = issued != null && kind.hasDueDate() && end != null
                && end.isBefore(issued.minusDays(FAR_BEFORE_PLAN_DAYS));
        return farBefore ? expression.withFlag(Flag.FAR_BEFORE_PLAN) : expression;
    }

    /** A year to read a piece in, and whether it was taken from the plan rather than written. */
    record Year(int value, boolean assumed) {

        /** The written year, else the plan's (assumed); null when neither is known or it is implausible. */
        static Year of(Integer written, PlanContext context) {
            Year year = written != null ? new Year(written, false)
                    : context.year() != null ? new Year(context.year(), true) : null;
            return year == null || year.value < FIRST_YEAR || year.value > LAST_YEAR ? null : year;
        }

        Set<Flag> flags() {
            return assumed ? Set.of(Flag.YEAR_ASSUMED) : Set.of();
        }
    }
}

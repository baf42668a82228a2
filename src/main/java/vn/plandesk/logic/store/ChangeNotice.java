package vn.plandesk.logic.store;

import java.time.Instant;

/**
 * What another desk committed on the office server: a plan (its id and, unless it was deleted, its
 * subject), the units directory or the holidays, by which PostgreSQL role and when its transaction began.
 */
public record ChangeNotice(Kind kind, Long planId, String planSubject, String by, Instant at) {

    public enum Kind {
        PLAN, UNITS, HOLIDAYS
    }
}

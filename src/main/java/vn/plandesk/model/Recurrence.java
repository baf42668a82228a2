package vn.plandesk.model;

import java.util.Objects;

/**
 * The rule of a recurring deadline. {@code dayOfMonth} and {@code month} are the stated due day
 * ("trước ngày 20 hằng tháng" = MONTHLY, day 20; "trước ngày 15/12 hằng năm" = YEARLY, 15 December);
 * when absent, each occurrence is due at the end of its period.
 */
public record Recurrence(Period period, Integer dayOfMonth, Integer month) {

    public enum Period { MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY }

    public Recurrence {
        Objects.requireNonNull(period, "period");
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("dayOfMonth out of range: " + dayOfMonth);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
    }

    public static Recurrence every(Period period) {
        return new Recurrence(period, null, null);
    }
}

package vn.plandesk.model;

/** What a time phrase in a plan means; see shared/reference/time-expressions.md. */
public enum TimeKind {
    /** One day: "ngày 05/7/2024". */
    DAY,
    /** "trước ngày 26/11/2018": due by that day; the word is kept because offices read it that way. */
    BEFORE,
    /** "chậm nhất ngày 22/01/2026": due by that day. */
    BY,
    /** A span with a start and an end: "từ ngày 01/4 đến ngày 15/4/2019", "Tháng 9-10/2018". */
    RANGE,
    /** A whole month: "tháng 4/2019". */
    MONTH,
    /** Đầu / giữa / cuối tháng: days 1-10, 11-20, 21-last. */
    PART_OF_MONTH,
    /** "Quý I/2026", "Quý II-III/2026". */
    QUARTER,
    /** "6 tháng đầu năm", "cuối năm". */
    PART_OF_YEAR,
    /** "năm 2026". */
    YEAR,
    /** "năm 2024 và các năm tiếp theo": a start and no end. */
    OPEN,
    /** "hằng tháng", "trước ngày 20 hằng tháng": a rule, see {@link Recurrence}. */
    RECURRING,
    /** "thường xuyên, liên tục": the plan's whole period, no due date. */
    CONTINUOUS,
    /** Words that could not be read; kept as written. */
    UNRESOLVED,
    /** No time words at all. */
    NONE;

    /** Whether a task with this kind has a date it can be late against. */
    public boolean hasDueDate() {
        return this != RECURRING && this != CONTINUOUS && this != UNRESOLVED && this != NONE && this != OPEN;
    }
}

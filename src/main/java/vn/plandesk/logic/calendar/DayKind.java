package vn.plandesk.logic.calendar;

/** What a day is for an office: the timeline shades the days that are not working days. */
public enum DayKind {
    WORKING_DAY,
    WEEKEND,
    HOLIDAY,
    /** A weekend day worked in exchange for a day off (làm bù). */
    SWAPPED_WORKING_DAY;

    public boolean isDayOff() {
        return this == WEEKEND || this == HOLIDAY;
    }
}

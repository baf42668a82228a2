package vn.plandesk.logic.followup;

import vn.plandesk.model.TaskStatus;

/**
 * The counts a follow-up report gives for one unit (or for all): tasks assigned, those in each of
 * the four states of shared/reference/follow-up.md, and those without a dated deadline, which are
 * counted apart and in none of the four states.
 */
public record StateCounts(int doneOnTime, int doneLate, int notDoneWithinDeadline, int notDoneOverdue,
                          int withoutDatedDeadline) {

    public static final StateCounts NONE = new StateCounts(0, 0, 0, 0, 0);

    /** Every task assigned ("tổng số nhiệm vụ được giao"), those without a dated deadline included. */
    public int total() {
        return datedTotal() + withoutDatedDeadline;
    }

    /** Tasks with a dated deadline: the four states add up to this. */
    public int datedTotal() {
        return doneOnTime + doneLate + notDoneWithinDeadline + notDoneOverdue;
    }

    public int done() {
        return doneOnTime + doneLate;
    }

    public int notDone() {
        return notDoneWithinDeadline + notDoneOverdue;
    }

    /**
     * Tasks that have fallen due ("đến hạn"): the done ones and those past their deadline. A task
     * not done whose deadline has not come yet has not fallen due.
     */
    public int fallenDue() {
        return done() + notDoneOverdue;
    }

    /** This plus one task in {@code state}; DUE_SOON counts as within deadline, a state null as no dated deadline. */
    public StateCounts plus(TaskStatus state) {
        if (state == null || state == TaskStatus.NO_DATED_DEADLINE) {
            return new StateCounts(doneOnTime, doneLate, notDoneWithinDeadline, notDoneOverdue, withoutDatedDeadline + 1);
        }
        return switch (state.reportState()) {
            case DONE_ON_TIME -> new StateCounts(doneOnTime + 1, doneLate, notDoneWithinDeadline, notDoneOverdue, withoutDatedDeadline);
            case DONE_LATE -> new StateCounts(doneOnTime, doneLate + 1, notDoneWithinDeadline, notDoneOverdue, withoutDatedDeadline);
            case NOT_DONE_OVERDUE -> new StateCounts(doneOnTime, doneLate, notDoneWithinDeadline, notDoneOverdue + 1, withoutDatedDeadline);
            default -> new StateCounts(doneOnTime, doneLate, notDoneWithinDeadline + 1, notDoneOverdue, withoutDatedDeadline);
        };
    }

    public StateCounts plus(StateCounts other) {
        return new StateCounts(doneOnTime + other.doneOnTime, doneLate + other.doneLate,
                notDoneWithinDeadline + other.notDoneWithinDeadline, notDoneOverdue + other.notDoneOverdue,
                withoutDatedDeadline + other.withoutDatedDeadline);
    }

    /** The share done on time among tasks fallen due, as text ("98,62%"); a dash when none has fallen due. */
    public String shareDoneOnTimeText() {
        return ReportNumbers.percent(doneOnTime, fallenDue());
    }

    /** The share done (on time or late) among tasks fallen due, the figure of the Government Office's reports. */
    public String shareDoneText() {
        return ReportNumbers.percent(done(), fallenDue());
    }
}

package vn.plandesk.logic.store;

import java.util.List;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Unit;

/**
 * An office's data as it moves between stores and archives: the unit directory (with the ids and
 * parent ids of where it comes from), the plans one at a time, and the office's calendar edits.
 */
interface OfficeData {

    @FunctionalInterface
    interface PlanAction<E extends Exception> {
        void accept(Plan plan) throws StoreException, E;
    }

    List<Unit> units();

    List<CalendarEdit> calendarEdits();

    /** Hands over every plan in order; one at a time, so a large office is never all in memory. */
    <E extends Exception> void forEachPlan(PlanAction<E> action) throws StoreException, E;

    /** Called inside the target's transaction with what it now holds; throwing undoes the whole write. */
    default void checkWritten(StoreMigration.Counts written) throws StoreException {
    }
}

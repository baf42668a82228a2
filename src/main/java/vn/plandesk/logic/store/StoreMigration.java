package vn.plandesk.logic.store;

import static vn.plandesk.logic.store.db.Tables.CALENDAR_EDIT;
import static vn.plandesk.logic.store.db.Tables.PHASE;
import static vn.plandesk.logic.store.db.Tables.PLAN;
import static vn.plandesk.logic.store.db.Tables.TASK;
import static vn.plandesk.logic.store.db.Tables.UNIT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.plandesk.logic.store.db.tables.records.CalendarEditRecord;
import vn.plandesk.logic.store.db.tables.records.UnitRecord;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Unit;

/**
 * Moves an office's data from one store to another (a desk's data folder to the office server, or
 * back): every unit of the directory, every plan with its phases and tasks, and the office's
 * calendar edits, written in one transaction on the target, so the target has all of it or none.
 * A target that already holds data is refused unless the copy is to be appended; appended units
 * whose name the target already has are the target's units.
 */
public final class StoreMigration {

    /** What a store holds, as both sides of a migration are told. */
    public record Counts(int plans, int phases, int tasks, int units, int calendarEdits) {
        static Counts of(DSLContext dsl) {
            return new Counts(dsl.fetchCount(PLAN), dsl.fetchCount(PHASE), dsl.fetchCount(TASK), dsl.fetchCount(UNIT),
                    dsl.fetchCount(CALENDAR_EDIT));
        }
    }

    /** The source's counts, and the target's after the copy. */
    public record Result(Counts source, Counts target) {
    }

    private StoreMigration() {
    }

    public static Result copy(Store from, Store to, boolean append) throws StoreException {
        Counts source = Counts.of(from.dsl());
        List<Long> planIds = from.dsl().select(PLAN.ID).from(PLAN).orderBy(PLAN.ID).fetch(PLAN.ID);
        Counts target = Transactions.inTransaction(to.dsl(), tx -> {
            if (!append && !Counts.of(tx).equals(new Counts(0, 0, 0, 0, 0))) {
                throw new StoreException(StoreException.Reason.INVALID, "migrate.targetNotEmpty", to.location());
            }
            PlanWriter writer = new PlanWriter(tx, null, 0).withCopiedUnits(copyUnits(from.dsl(), tx));
            for (long planId : planIds) {
                PlanStore.insert(writer, tx, from.plans().load(planId));
            }
            copyCalendarEdits(from.dsl(), tx);
            return Counts.of(tx);
        });
        return new Result(source, target);
    }

    /** Copies the unit directory and returns the target's id for each source unit. */
    private static Map<Long, Long> copyUnits(DSLContext from, DSLContext tx) {
        Map<String, Long> existing = new HashMap<>();
        for (UnitRecord r : tx.selectFrom(UNIT).where(UNIT.ACTIVE.isTrue()).orderBy(UNIT.ID).fetch()) {
            existing.putIfAbsent(r.getSearchKey(), r.getId());
        }
        Map<Long, Long> ids = new HashMap<>();
        List<UnitRecord> units = from.selectFrom(UNIT).orderBy(UNIT.ID).fetch();
        for (UnitRecord r : units) {
            Long same = r.getActive() ? existing.get(VietnameseText.searchKey(r.getFullName())) : null;
            Unit unit = UnitDirectory.toUnit(r);
            ids.put(r.getId(), same != null ? same
                    : UnitDirectory.insert(tx, new Unit(null, unit.fullName(), unit.shortName(), unit.kind(), null, unit.active())).getId());
        }
        // parents last: a unit may name a parent added after it
        for (UnitRecord r : units) {
            if (r.getParentId() != null && !existing.containsValue(ids.get(r.getId()))) {
                tx.update(UNIT).set(UNIT.PARENT_ID, ids.get(r.getParentId())).where(UNIT.ID.eq(ids.get(r.getId()))).execute();
            }
        }
        return ids;
    }

    /** The office's calendar edits; on a day the target already has an edit for, the target's stays. */
    private static void copyCalendarEdits(DSLContext from, DSLContext tx) {
        for (CalendarEditRecord r : from.selectFrom(CALENDAR_EDIT).orderBy(CALENDAR_EDIT.EDIT_DAY).fetch()) {
            if (!tx.fetchExists(CALENDAR_EDIT, CALENDAR_EDIT.EDIT_DAY.eq(r.getEditDay()))) {
                tx.insertInto(CALENDAR_EDIT).set(CALENDAR_EDIT.EDIT_DAY, r.getEditDay()).set(CALENDAR_EDIT.KIND, r.getKind())
                        .set(CALENDAR_EDIT.NOTE, r.getNote()).execute();
            }
        }
    }
}

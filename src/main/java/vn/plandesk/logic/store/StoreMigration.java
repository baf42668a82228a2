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
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.store.db.tables.records.PlanRecord;
import vn.plandesk.logic.store.db.tables.records.UnitRecord;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Unit;

/**
 * Moves an office's data from one store to another (a desk's data folder to the office server, or
 * back), or from a {@link PortableArchive} into a store: every unit of the directory, every plan with
 * its phases and tasks, and the office's calendar edits, written in one transaction on the target,
 * so the target has all of it or none. The source store is read as of one moment ({@link StoreSnapshot}).
 * A target that already holds data is refused unless the copy is to be appended; appended units
 * whose name the target already has are the target's units. A restore replaces the target's data.
 */
public final class StoreMigration {

    /** What a store holds, as both sides of a migration are told. */
    public record Counts(int plans, int phases, int tasks, int units, int calendarEdits) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        static Counts of(DSLContext dsl) {
            return new Counts(dsl.fetchCount(PLAN), dsl.fetchCount(PHASE), dsl.fetchCount(TASK), dsl.fetchCount(UNIT),
                    dsl.fetchCount(CALENDAR_EDIT));
        }
    }

    /** The source's counts, and the target's after the copy. */
    public record Result(Counts source, Counts target) {
    }

    /** What happens to the data the target already holds. */
    private enum Existing { REFUSED, KEPT, REPLACED }

    private StoreMigration() {
    }

    public static Result copy(Store from, Store to, boolean append) throws StoreException {
        return StoreSnapshot.read(from, snapshot ->
                new Result(Counts.of(snapshot), write(read(snapshot), to, append ? Existing.KEPT : Existing.REFUSED)));
    }

    /** Replaces everything {@code to} holds with {@code data}, in one transaction; returns what it then holds. */
    static Counts replace(OfficeData data, Store to) throws StoreException {
        return write(data, to, Existing.REPLACED);
    }

    private static Counts write(OfficeData data, Store to, Existing existing) throws StoreException {
        return Transactions.inTransaction(to.dsl(), tx -> {
            if (existing == Existing.REPLACED) {
                deleteEverything(tx);
            } else if (existing == Existing.REFUSED && !Counts.of(tx).equals(Counts.NONE)) {
                throw new StoreException(StoreException.Reason.INVALID, "migrate.targetNotEmpty", to.location());
            }
            PlanWriter writer = new PlanWriter(tx, null, 0).withCopiedUnits(copyUnits(data.units(), tx));
            data.forEachPlan(plan -> PlanStore.insert(writer, tx, plan));
            copyCalendarEdits(data.calendarEdits(), tx);
            Counts written = Counts.of(tx);
            data.checkWritten(written);
            return written;
        });
    }

    /** A store's data as read through {@code snapshot}: plans are read when handed over. */
    static OfficeData read(DSLContext snapshot) {
        return new OfficeData() {
            @Override
            public List<Unit> units() {
                return snapshot.selectFrom(UNIT).orderBy(UNIT.ID).fetch(UnitDirectory::toUnit);
            }

            @Override
            public List<CalendarEdit> calendarEdits() {
                return snapshot.selectFrom(CALENDAR_EDIT).orderBy(CALENDAR_EDIT.EDIT_DAY)
                        .fetch(r -> new CalendarEdit(r.getEditDay(), CalendarEdit.Kind.valueOf(r.getKind()), r.getNote()));
            }

            @Override
            public <E extends Exception> void forEachPlan(PlanAction<E> action) throws StoreException, E {
                for (PlanRecord plan : snapshot.selectFrom(PLAN).orderBy(PLAN.ID).fetch()) {
                    action.accept(new PlanReader(snapshot).read(plan));
                }
            }
        };
    }

    /** Plans first: their phases, tasks and assignments go with them; then the units they named. */
    private static void deleteEverything(DSLContext tx) {
        tx.deleteFrom(PLAN).execute();
        tx.update(UNIT).set(UNIT.PARENT_ID, (Long) null).execute();
        tx.deleteFrom(UNIT).execute();
        tx.deleteFrom(CALENDAR_EDIT).execute();
    }

    /** Copies the unit directory and returns the target's id for each source unit. */
    private static Map<Long, Long> copyUnits(List<Unit> units, DSLContext tx) {
        Map<String, Long> existing = new HashMap<>();
        for (UnitRecord r : tx.selectFrom(UNIT).where(UNIT.ACTIVE.isTrue()).orderBy(UNIT.ID).fetch()) {
            existing.putIfAbsent(r.getSearchKey(), r.getId());
        }
        Map<Long, Long> ids = new HashMap<>();
        for (Unit unit : units) {
            Long same = unit.active() ? existing.get(VietnameseText.searchKey(unit.fullName())) : null;
            ids.put(unit.id(), same != null ? same
                    : UnitDirectory.insert(tx, new Unit(null, unit.fullName(), unit.shortName(), unit.kind(), null, unit.active())).getId());
        }
        // parents last: a unit may name a parent added after it
        for (Unit unit : units) {
            if (unit.parentId() != null && !existing.containsValue(ids.get(unit.id()))) {
                tx.update(UNIT).set(UNIT.PARENT_ID, ids.get(unit.parentId())).where(UNIT.ID.eq(ids.get(unit.id()))).execute();
            }
        }
        return ids;
    }

    /** The office's calendar edits; on a day the target already has an edit for, the target's stays. */
    private static void copyCalendarEdits(List<CalendarEdit> edits, DSLContext tx) {
        for (CalendarEdit edit : edits) {
            if (!tx.fetchExists(CALENDAR_EDIT, CALENDAR_EDIT.EDIT_DAY.eq(edit.day()))) {
                tx.insertInto(CALENDAR_EDIT).set(CALENDAR_EDIT.EDIT_DAY, edit.day()).set(CALENDAR_EDIT.KIND, edit.kind().name())
                        .set(CALENDAR_EDIT.NOTE, edit.note()).execute();
            }
        }
    }
}

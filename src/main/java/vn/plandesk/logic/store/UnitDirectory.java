package vn.plandesk.logic.store;

import static vn.plandesk.logic.store.db.Tables.PHASE;
import static vn.plandesk.logic.store.db.Tables.PLAN;
import static vn.plandesk.logic.store.db.Tables.PLAN_PARTICIPANT;
import static vn.plandesk.logic.store.db.Tables.TASK;
import static vn.plandesk.logic.store.db.Tables.TASK_UNIT;
import static vn.plandesk.logic.store.db.Tables.UNIT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.plandesk.logic.store.db.tables.records.TaskUnitRecord;
import vn.plandesk.logic.store.db.tables.records.UnitRecord;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Text;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;

/**
 * The one directory of units shared by all plans. Plans hold unit ids, so a rename shows in every
 * plan; a merge moves every assignment of one unit to another.
 */
public final class UnitDirectory {

    /** Where a unit is used: one line per plan. */
    public record Usage(long planId, String numberAndSymbol, String subject, int leadTasks, int supportTasks,
                        boolean participant) {
    }

    private final DSLContext dsl;

    UnitDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every unit, active ones and inactive ones, sorted by name the Vietnamese way. */
    public List<Unit> list() {
        return sorted(dsl.selectFrom(UNIT).fetch(UnitDirectory::toUnit));
    }

    /** Units whose name or short name contains every word of {@code query}, accents ignored. */
    public List<Unit> search(String query) {
        String key = VietnameseText.searchKey(query);
        var condition = DSL.noCondition();
        for (String word : key.split(" ")) {
            if (!word.isEmpty()) {
                condition = condition.and(UNIT.SEARCH_KEY.contains(word));
            }
        }
        return sorted(dsl.selectFrom(UNIT).where(condition).fetch(UnitDirectory::toUnit));
    }

    public Unit get(long id) throws StoreException {
        UnitRecord r = dsl.selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchOne();
        if (r == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "store.unitNotFound", id);
        }
        return toUnit(r);
    }

    /** The unit whose name has the same accent-insensitive key, if there is one. */
    public Unit findByName(String name) {
        UnitRecord r = dsl.selectFrom(UNIT).where(UNIT.SEARCH_KEY.eq(VietnameseText.searchKey(name)))
                .orderBy(UNIT.ACTIVE.desc(), UNIT.ID).limit(1).fetchOne();
        return r == null ? null : toUnit(r);
    }

    public Unit create(Unit unit) throws StoreException {
        return Transactions.inTransaction(dsl, ChangeNotice.Kind.UNITS, tx -> toUnit(insert(tx, unit)));
    }

    /** Renames a unit; every plan shows the new name. */
    public Unit rename(long id, String fullName, String shortName) throws StoreException {
        String name = Text.clean(fullName);
        if (name == null) {
            throw new StoreException(StoreException.Reason.INVALID, "store.unitNameEmpty");
        }
        return Transactions.inTransaction(dsl, ChangeNotice.Kind.UNITS, tx -> {
            int changed = tx.update(UNIT).set(UNIT.FULL_NAME, name).set(UNIT.SHORT_NAME, Text.clean(shortName))
                    .set(UNIT.SEARCH_KEY, VietnameseText.searchKey(name)).where(UNIT.ID.eq(id)).execute();
            if (changed == 0) {
                throw new StoreException(StoreException.Reason.NOT_FOUND, "store.unitNotFound", id);
            }
            bumpPlansUsing(tx, Set.of(id));
            return toUnit(tx.selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchOne());
        });
    }

    public Unit update(Unit unit) throws StoreException {
        if (unit.id() == null) {
            throw new StoreException(StoreException.Reason.INVALID, "store.unitNotStored", unit.fullName());
        }
        return Transactions.inTransaction(dsl, ChangeNotice.Kind.UNITS, tx -> {
            int changed = tx.update(UNIT).set(UNIT.FULL_NAME, unit.fullName()).set(UNIT.SHORT_NAME, unit.shortName())
                    .set(UNIT.KIND, unit.kind().name()).set(UNIT.PARENT_ID, unit.parentId()).set(UNIT.ACTIVE, unit.active())
                    .set(UNIT.SEARCH_KEY, VietnameseText.searchKey(unit.fullName())).where(UNIT.ID.eq(unit.id())).execute();
            if (changed == 0) {
                throw new StoreException(StoreException.Reason.NOT_FOUND, "store.unitNotFound", unit.id());
            }
            bumpPlansUsing(tx, Set.of(unit.id()));
            return unit;
        });
    }

    /** An inactive unit stays on old plans but is no longer offered for new assignments. */
    public void setActive(long id, boolean active) throws StoreException {
        Transactions.inTransaction(dsl, ChangeNotice.Kind.UNITS, tx -> {
            if (tx.update(UNIT).set(UNIT.ACTIVE, active).where(UNIT.ID.eq(id)).execute() == 0) {
                throw new StoreException(StoreException.Reason.NOT_FOUND, "store.unitNotFound", id);
            }
            return null;
        });
    }

    /**
     * Moves every assignment, participation, focal role and child of unit {@code fromId} to
     * {@code intoId}, then removes {@code fromId}. A task that had both keeps one entry.
     */
    public void merge(long fromId, long intoId) throws StoreException {
        if (fromId == intoId) {
            throw new StoreException(StoreException.Reason.INVALID, "store.mergeSelf");
        }
        Transactions.inTransaction(dsl, ChangeNotice.Kind.UNITS, tx -> {
            for (long id : new long[] {fromId, intoId}) {
                if (!tx.fetchExists(UNIT, UNIT.ID.eq(id))) {
                    throw new StoreException(StoreException.Reason.NOT_FOUND, "store.unitNotFound", id);
                }
            }
            bumpPlansUsing(tx, Set.of(fromId, intoId));
            List<Long> tasks = tx.selectDistinct(TASK_UNIT.TASK_ID).from(TASK_UNIT).where(TASK_UNIT.UNIT_ID.eq(fromId)).fetch(TASK_UNIT.TASK_ID);
            for (long taskId : tasks) {
                rewriteTaskUnits(tx, taskId, fromId, intoId);
            }
            tx.update(PLAN_PARTICIPANT).set(PLAN_PARTICIPANT.UNIT_ID, intoId).where(PLAN_PARTICIPANT.UNIT_ID.eq(fromId)).execute();
            tx.update(PHASE).set(PHASE.FOCAL_UNIT_ID, intoId).where(PHASE.FOCAL_UNIT_ID.eq(fromId)).execute();
            tx.update(UNIT).set(UNIT.PARENT_ID, (Long) null).where(UNIT.ID.eq(intoId).and(UNIT.PARENT_ID.eq(fromId))).execute();
            tx.update(UNIT).set(UNIT.PARENT_ID, intoId).where(UNIT.PARENT_ID.eq(fromId)).execute();
            tx.deleteFrom(UNIT).where(UNIT.ID.eq(fromId)).execute();
            return null;
        });
    }

    /** The plans that use a unit, and how. */
    public List<Usage> usages(long unitId) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (Record r : dsl.select(TASK.PLAN_ID, TASK_UNIT.ROLE, DSL.count()).from(TASK_UNIT).join(TASK).on(TASK.ID.eq(TASK_UNIT.TASK_ID))
                .where(TASK_UNIT.UNIT_ID.eq(unitId)).groupBy(TASK.PLAN_ID, TASK_UNIT.ROLE).fetch()) {
            int[] c = counts.computeIfAbsent(r.get(TASK.PLAN_ID), k -> new int[2]);
            c[TaskUnitRole.valueOf(r.get(TASK_UNIT.ROLE)).ordinal()] += r.get(2, Integer.class);
        }
        Set<Long> participantIn = new LinkedHashSet<>(dsl.selectDistinct(PLAN_PARTICIPANT.PLAN_ID).from(PLAN_PARTICIPANT)
                .where(PLAN_PARTICIPANT.UNIT_ID.eq(unitId)).fetch(PLAN_PARTICIPANT.PLAN_ID));
        participantIn.addAll(dsl.selectDistinct(PHASE.PLAN_ID).from(PHASE).where(PHASE.FOCAL_UNIT_ID.eq(unitId)).fetch(PHASE.PLAN_ID));
        participantIn.forEach(id -> counts.computeIfAbsent(id, k -> new int[2]));
        List<Usage> usages = new ArrayList<>();
        for (var plan : dsl.select(PLAN.ID, PLAN.NUMBER_SYMBOL, PLAN.SUBJECT).from(PLAN).where(PLAN.ID.in(counts.keySet())).fetch()) {
            int[] c = counts.get(plan.value1());
            usages.add(new Usage(plan.value1(), plan.value2(), plan.value3(), c[0], c[1], participantIn.contains(plan.value1())));
        }
        Comparator<String> vietnamese = VietnameseText.comparator();
        usages.sort(Comparator.comparing(Usage::subject, vietnamese));
        return usages;
    }

    static UnitRecord insert(DSLContext tx, Unit unit) {
        UnitRecord r = tx.newRecord(UNIT);
        r.setFullName(unit.fullName());
        r.setShortName(unit.shortName());
        r.setKind(unit.kind().name());
        r.setParentId(unit.parentId());
        r.setActive(unit.active());
        r.setSearchKey(VietnameseText.searchKey(unit.fullName()));
        r.store();
        return r;
    }

    static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getFullName(), r.getShortName(), UnitKind.valueOf(r.getKind()), r.getParentId(), r.getActive());
    }

    private static List<Unit> sorted(List<Unit> units) {
        List<Unit> copy = new ArrayList<>(units);
        copy.sort(Comparator.comparing(Unit::fullName, VietnameseText.comparator()));
        return copy;
    }

    /** Rewrites one task's unit rows with {@code fromId} replaced, keeping the first of any duplicate. */
    private static void rewriteTaskUnits(DSLContext tx, long taskId, long fromId, long intoId) {
        List<TaskUnitRecord> rows = tx.selectFrom(TASK_UNIT).where(TASK_UNIT.TASK_ID.eq(taskId))
                .orderBy(TASK_UNIT.ROLE, TASK_UNIT.ORD).fetch();
        tx.deleteFrom(TASK_UNIT).where(TASK_UNIT.TASK_ID.eq(taskId)).execute();
        Map<String, LinkedHashSet<Long>> byRole = new LinkedHashMap<>();
        for (TaskUnitRecord row : rows) {
            long unit = row.getUnitId() == fromId ? intoId : row.getUnitId();
            byRole.computeIfAbsent(row.getRole(), k -> new LinkedHashSet<>()).add(unit);
        }
        // A unit that now leads the task need not also cooperate on it.
        LinkedHashSet<Long> lead = byRole.getOrDefault(TaskUnitRole.LEAD.name(), new LinkedHashSet<>());
        byRole.getOrDefault(TaskUnitRole.SUPPORT.name(), new LinkedHashSet<>()).removeAll(lead);
        byRole.forEach((role, ids) -> {
            int ord = 0;
            for (long unit : ids) {
                tx.insertInto(TASK_UNIT).set(TASK_UNIT.TASK_ID, taskId).set(TASK_UNIT.ROLE, role)
                        .set(TASK_UNIT.ORD, ord++).set(TASK_UNIT.UNIT_ID, unit).execute();
            }
        });
    }

    /** Plans whose content a unit change alters get a new version, so an open editor reloads them. */
    private static void bumpPlansUsing(DSLContext tx, Set<Long> unitIds) {
        var planIds = DSL.select(TASK.PLAN_ID).from(TASK_UNIT).join(TASK).on(TASK.ID.eq(TASK_UNIT.TASK_ID)).where(TASK_UNIT.UNIT_ID.in(unitIds))
                .union(DSL.select(PLAN_PARTICIPANT.PLAN_ID).from(PLAN_PARTICIPANT).where(PLAN_PARTICIPANT.UNIT_ID.in(unitIds)))
                .union(DSL.select(PHASE.PLAN_ID).from(PHASE).where(PHASE.FOCAL_UNIT_ID.in(unitIds)));
        tx.update(PLAN).set(PLAN.VERSION, PLAN.VERSION.plus(1)).set(PLAN.UPDATED_AT, LocalDateTime.now())
                .where(PLAN.ID.in(planIds)).execute();
    }
}

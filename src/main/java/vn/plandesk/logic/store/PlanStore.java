package vn.plandesk.logic.store;

import static vn.plandesk.logic.store.db.Tables.PHASE;
import static vn.plandesk.logic.store.db.Tables.PLAN;
import static vn.plandesk.logic.store.db.Tables.PLAN_PARTICIPANT;
import static vn.plandesk.logic.store.db.Tables.PLAN_SOURCE_DEADLINE;
import static vn.plandesk.logic.store.db.Tables.TASK;
import static vn.plandesk.logic.store.db.Tables.TASK_EXTENSION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.plandesk.logic.store.db.tables.records.PhaseRecord;
import vn.plandesk.logic.store.db.tables.records.PlanRecord;
import vn.plandesk.logic.store.db.tables.records.TaskRecord;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;
import vn.plandesk.model.TimeKind;

/**
 * Plans in the store. Every method that changes something runs in its own transaction and has
 * committed before it returns. A change names the plan version it was based on; a change based on
 * an older version than the stored one is refused ({@link StoreException.Reason#STALE}), so two
 * windows or processes never overwrite each other silently. Each change returns the new version.
 */
public final class PlanStore {

    /** Told after each task written while a plan is stored (for a progress bar). */
    @FunctionalInterface
    public interface Progress {
        void tasksWritten(int written, int total);
    }

    /** A stored item with the plan version the change produced. */
    public record Edit<T>(T value, long version) {
    }

    /** The changes of one user action (a paste, a delete of several rows), made through the store it is given. */
    @FunctionalInterface
    public interface Batch {
        void run(PlanStore changes) throws StoreException;
    }

    private final DSLContext dsl;

    PlanStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a new plan (its id and version are ignored) and returns its id. */
    public long create(Plan plan) throws StoreException {
        return create(plan, null);
    }

    public long create(Plan plan, Progress progress) throws StoreException {
        checkLimits(plan);
        return Transactions.inTransaction(dsl, tx -> {
            long id = insert(new PlanWriter(tx, progress, plan.taskCount()), tx, plan);
            Transactions.changed(ChangeNotice.Kind.PLAN, id);
            return id;
        });
    }

    /** Writes a new plan (version 1) inside the caller's transaction and returns its id. */
    static long insert(PlanWriter writer, DSLContext tx, Plan plan) {
        PlanRecord record = PlanWriter.newPlanRecord(tx);
        writer.writeHeader(record, plan.header());
        long id = record.getId();
        writer.writeParticipantsAndSourceDeadlines(id, plan.participants(), plan.sourceDeadlines());
        int ord = 0;
        for (Phase phase : plan.phases()) {
            writer.insertPhase(id, null, ord++, phase);
        }
        return id;
    }

    /**
     * Makes several changes as one: the store given to {@code batch} writes inside one transaction,
     * committed when the batch returns and rolled back whole when any change in it throws.
     */
    public void inOneTransaction(Batch batch) throws StoreException {
        Transactions.inTransaction(dsl, tx -> {
            // each change's own transaction becomes a savepoint inside this one
            batch.run(new PlanStore(tx));
            return null;
        });
    }

    /** A plan past {@link PlanLimits} is refused in one sentence, before the database is asked. */
    private static void checkLimits(Plan plan) throws StoreException {
        PlanLimits.Violation v = PlanLimits.check(plan);
        if (v != null) {
            throw new StoreException(StoreException.Reason.FAILED, "store.limit", v.message());
        }
    }

    public Plan load(long planId) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> new PlanReader(tx).read(planRecord(tx, planId)));
    }

    public boolean isEmpty() {
        return !dsl.fetchExists(PLAN);
    }

    public int count() {
        return dsl.fetchCount(PLAN);
    }

    /** Every plan, sorted by subject the Vietnamese way. */
    public List<PlanSummary> list() {
        return summaries(DSL.noCondition());
    }

    /**
     * Each plan's search key by plan id: what {@link #search} looks in, so that a list read once can
     * be searched in memory as the user types ({@code VietnameseText.matches(key, query)}).
     */
    public Map<Long, String> searchKeys() {
        return dsl.select(PLAN.ID, PLAN.SEARCH_KEY).from(PLAN).fetchMap(PLAN.ID, PLAN.SEARCH_KEY);
    }

    /** Plans whose type, number, subject, issuer or place contain every word of {@code query}, accents ignored. */
    public List<PlanSummary> search(String query) {
        Condition condition = DSL.noCondition();
        for (String word : VietnameseText.searchKey(query).split(" ")) {
            if (!word.isEmpty()) {
                condition = condition.and(PLAN.SEARCH_KEY.contains(word));
            }
        }
        return summaries(condition);
    }

    /** Replaces the header of a plan; phases and tasks are untouched. */
    public long updateHeader(long planId, long expectedVersion, PlanHeader header) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, expectedVersion);
            new PlanWriter(tx, null, 0).writeHeader(planRecord(tx, planId), header);
            return version;
        });
    }

    /**
     * Replaces everything in a stored plan with {@code plan} (same id; its version must be the stored
     * one). Phases and tasks get new ids; use the finer edits where ids must stay.
     */
    public Plan replace(Plan plan) throws StoreException {
        checkLimits(plan);
        long planId = requireId(plan);
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, plan.version());
            PlanWriter writer = new PlanWriter(tx, null, plan.taskCount());
            writer.writeHeader(planRecord(tx, planId), plan.header());
            tx.deleteFrom(PLAN_PARTICIPANT).where(PLAN_PARTICIPANT.PLAN_ID.eq(planId)).execute();
            tx.deleteFrom(PLAN_SOURCE_DEADLINE).where(PLAN_SOURCE_DEADLINE.PLAN_ID.eq(planId)).execute();
            tx.deleteFrom(TASK).where(TASK.PLAN_ID.eq(planId)).execute();
            tx.deleteFrom(PHASE).where(PHASE.PLAN_ID.eq(planId)).execute();
            writer.writeParticipantsAndSourceDeadlines(planId, plan.participants(), plan.sourceDeadlines());
            int ord = 0;
            for (Phase phase : plan.phases()) {
                writer.insertPhase(planId, null, ord++, phase);
            }
            return new PlanReader(tx).read(planRecord(tx, planId)).withIdentity(planId, version);
        });
    }

    public void delete(long planId, long expectedVersion) throws StoreException {
        Transactions.inTransaction(dsl, tx -> {
            claim(tx, planId, expectedVersion);
            tx.deleteFrom(PLAN).where(PLAN.ID.eq(planId)).execute();
            return null;
        });
    }

    /**
     * Inserts a phase (with its tasks and sub-phases) at {@code index} among the top-level phases,
     * or among the sub-phases of {@code parentPhaseId}.
     */
    public Edit<Phase> addPhase(long planId, long expectedVersion, Long parentPhaseId, int index, Phase phase) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, expectedVersion);
            if (parentPhaseId != null) {
                PhaseRecord parent = phaseRecord(tx, planId, parentPhaseId);
                if (parent.getParentId() != null || !phase.subPhases().isEmpty()) {
                    throw new StoreException(StoreException.Reason.INVALID, "store.phaseTooDeep");
                }
            }
            int at = openGap(tx, PHASE, PHASE.ORD, siblingsOf(planId, parentPhaseId), index);
            Phase stored = new PlanWriter(tx, null, phase.allTasks().size()).insertPhase(planId, parentPhaseId, at, phase);
            return new Edit<>(stored, version);
        });
    }

    /** Changes a phase's own fields (label, title, span, target, focal unit); its tasks stay. */
    public long updatePhase(long planId, long expectedVersion, Phase phase) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, expectedVersion);
            PhaseRecord r = phaseRecord(tx, planId, requireId(phase));
            new PlanWriter(tx, null, 0).writePhaseFields(r, phase);
            r.store();
            return version;
        });
    }

    /** Deletes a phase with its tasks and sub-phases. */
    public long deletePhase(long planId, long expectedVersion, long phaseId) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, expectedVersion);
            phaseRecord(tx, planId, phaseId).delete();
            return version;
        });
    }

    /** Moves a phase to {@code index} among its siblings. */
    public long movePhase(long planId, long expectedVersion, long phaseId, int index) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, expectedVersion);
            PhaseRecord r = phaseRecord(tx, planId, phaseId);
            Condition siblings = siblingsOf(planId, r.getParentId());
            closeGap(tx, PHASE, PHASE.ORD, siblings, r.getOrd());
            r.setOrd(openGap(tx, PHASE, PHASE.ORD, siblings.and(PHASE.ID.ne(phaseId)), index));
            r.store();
            return version;
        });
    }

    /**
     * Moves a phase under another top-level phase ({@code newParentId}), or to the top level (null),
     * at {@code index} among its new siblings: the indent and outdent of the editor.
     */
    public long reparentPhase(long planId, long expectedVersion, long phaseId, Long newParentId, int index) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, expectedVersion);
            PhaseRecord r = phaseRecord(tx, planId, phaseId);
            if (newParentId != null) {
                PhaseRecord parent = phaseRecord(tx, planId, newParentId);
                boolean hasSubPhases = tx.fetchExists(PHASE, PHASE.PARENT_ID.eq(phaseId));
                if (newParentId == phaseId || parent.getParentId() != null || hasSubPhases) {
                    throw new StoreException(StoreException.Reason.INVALID, "store.phaseTooDeep");
                }
            }
            closeGap(tx, PHASE, PHASE.ORD, siblingsOf(planId, r.getParentId()).and(PHASE.ID.ne(phaseId)), r.getOrd());
            r.setParentId(newParentId);
            r.setOrd(openGap(tx, PHASE, PHASE.ORD, siblingsOf(planId, newParentId).and(PHASE.ID.ne(phaseId)), index));
            r.store();
            return version;
        });
    }

    /**
     * For each plan with overdue tasks, how many: not done and past the deadline in force on
     * {@code today} (see {@link Task#status}), counted from {@link #openTasks}.
     */
    public static Map<Long, Integer> overdueCounts(List<OpenTask> openTasks, LocalDate today) {
        Map<Long, Integer> counts = new HashMap<>();
        for (OpenTask task : openTasks) {
            if (TaskStatus.ofOpenTask(task.due(), today, 0) == TaskStatus.NOT_DONE_OVERDUE) {
                counts.merge(task.planId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** A task not done yet: its plan and the day its deadline in force falls due (null when not dated). */
    public record OpenTask(long planId, LocalDate due) {
    }

    /**
     * Every task not done yet, in two queries reading only the date columns: what the plan list's overdue
     * figures and the "Hôm nay" strip count, so a store of thousands of tasks is not loaded to count them.
     */
    public List<OpenTask> openTasks() {
        Map<Long, LocalDate> extendedDue = new HashMap<>();
        for (Record r : dsl.select(TASK_EXTENSION.TASK_ID, TASK_EXTENSION.TE_KIND, TASK_EXTENSION.TE_END).from(TASK_EXTENSION)
                .join(TASK).on(TASK.ID.eq(TASK_EXTENSION.TASK_ID)).where(TASK.COMPLETED_ON.isNull())
                .orderBy(TASK_EXTENSION.TASK_ID, TASK_EXTENSION.ORD).fetch()) {
            // ordered by ord: the last one written for a task is the one in force
            extendedDue.put(r.get(TASK_EXTENSION.TASK_ID), dueDate(r.get(TASK_EXTENSION.TE_KIND), r.get(TASK_EXTENSION.TE_END)));
        }
        List<OpenTask> open = new ArrayList<>();
        for (Record r : dsl.select(TASK.ID, TASK.PLAN_ID, TASK.TE_KIND, TASK.TE_END).from(TASK).where(TASK.COMPLETED_ON.isNull()).fetch()) {
            long taskId = r.get(TASK.ID);
            LocalDate due = extendedDue.containsKey(taskId) ? extendedDue.get(taskId) : dueDate(r.get(TASK.TE_KIND), r.get(TASK.TE_END));
            open.add(new OpenTask(r.get(TASK.PLAN_ID), due));
        }
        return open;
    }

    private static LocalDate dueDate(String kind, LocalDate end) {
        return TimeKind.valueOf(kind).hasDueDate() ? end : null;
    }

    private static Condition siblingsOf(long planId, Long parentId) {
        return PHASE.PLAN_ID.eq(planId).and(parentId == null ? PHASE.PARENT_ID.isNull() : PHASE.PARENT_ID.eq(parentId));
    }

    /** Inserts a task at {@code index} in a phase. */
    public Edit<Task> addTask(long planId, long expectedVersion, long phaseId, int index, Task task) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, expectedVersion);
            phaseRecord(tx, planId, phaseId);
            int at = openGap(tx, TASK, TASK.ORD, TASK.PHASE_ID.eq(phaseId), index);
            return new Edit<>(new PlanWriter(tx, null, 1).insertTask(planId, phaseId, at, task), version);
        });
    }

    /** Stores every field of a task (its id says which): content, deadline, units, progress, extensions. */
    public long updateTask(long planId, long expectedVersion, Task task) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, expectedVersion);
            TaskRecord r = taskRecord(tx, planId, requireId(task));
            PlanWriter writer = new PlanWriter(tx, null, 0);
            writer.writeTaskFields(r, task);
            r.store();
            writer.writeTaskUnitsAndExtensions(r.getId(), task);
            return version;
        });
    }

    public long deleteTask(long planId, long expectedVersion, long taskId) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, expectedVersion);
            TaskRecord r = taskRecord(tx, planId, taskId);
            r.delete();
            closeGap(tx, TASK, TASK.ORD, TASK.PHASE_ID.eq(r.getPhaseId()), r.getOrd());
            return version;
        });
    }

    /** Moves a task to {@code index} in {@code phaseId} (the same phase or another of the plan). */
    public long moveTask(long planId, long expectedVersion, long taskId, long phaseId, int index) throws StoreException {
        return Transactions.inTransaction(dsl, tx -> {
            long version = claim(tx, planId, expectedVersion);
            TaskRecord r = taskRecord(tx, planId, taskId);
            phaseRecord(tx, planId, phaseId);
            closeGap(tx, TASK, TASK.ORD, TASK.PHASE_ID.eq(r.getPhaseId()).and(TASK.ID.ne(taskId)), r.getOrd());
            r.setPhaseId(phaseId);
            r.setOrd(openGap(tx, TASK, TASK.ORD, TASK.PHASE_ID.eq(phaseId).and(TASK.ID.ne(taskId)), index));
            r.store();
            return version;
        });
    }

    /** The version the store holds for a plan. */
    public long version(long planId) throws StoreException {
        Long v = dsl.select(PLAN.VERSION).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne(PLAN.VERSION);
        if (v == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "store.planNotFound", planId);
        }
        return v;
    }

    /**
     * Takes the next version of a plan if the caller saw the current one. The conditional update
     * also locks the plan's row, so two writers cannot both pass the check. Every change of a plan
     * passes here, so here the other desks on a server are told of it.
     */
    private static long claim(DSLContext tx, long planId, long expectedVersion) throws StoreException {
        int updated = tx.update(PLAN).set(PLAN.VERSION, expectedVersion + 1).set(PLAN.UPDATED_AT, LocalDateTime.now())
                .where(PLAN.ID.eq(planId).and(PLAN.VERSION.eq(expectedVersion))).execute();
        if (updated == 1) {
            Transactions.changed(ChangeNotice.Kind.PLAN, planId);
            return expectedVersion + 1;
        }
        if (!tx.fetchExists(PLAN, PLAN.ID.eq(planId))) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "store.planNotFound", planId);
        }
        throw new StoreException(StoreException.Reason.STALE, "store.stale", planId);
    }

    /** Shifts siblings at or after {@code index} down by one and returns the free position (clamped to the end). */
    private static int openGap(DSLContext tx, org.jooq.Table<?> table, Field<Integer> ord, Condition siblings, int index) {
        int size = tx.fetchCount(table, siblings);
        int at = Math.max(0, Math.min(index, size));
        tx.update(table).set(ord, ord.plus(1)).where(siblings.and(ord.ge(at))).execute();
        return at;
    }

    private static void closeGap(DSLContext tx, org.jooq.Table<?> table, Field<Integer> ord, Condition siblings, int removed) {
        tx.update(table).set(ord, ord.minus(1)).where(siblings.and(ord.gt(removed))).execute();
    }

    private static PlanRecord planRecord(DSLContext tx, long planId) throws StoreException {
        PlanRecord r = tx.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
        if (r == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "store.planNotFound", planId);
        }
        return r;
    }

    private static PhaseRecord phaseRecord(DSLContext tx, long planId, long phaseId) throws StoreException {
        PhaseRecord r = tx.selectFrom(PHASE).where(PHASE.ID.eq(phaseId).and(PHASE.PLAN_ID.eq(planId))).fetchOne();
        if (r == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "store.phaseNotFound", phaseId);
        }
        return r;
    }

    private static TaskRecord taskRecord(DSLContext tx, long planId, long taskId) throws StoreException {
        TaskRecord r = tx.selectFrom(TASK).where(TASK.ID.eq(taskId).and(TASK.PLAN_ID.eq(planId))).fetchOne();
        if (r == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "store.taskNotFound", taskId);
        }
        return r;
    }

    private static long requireId(Plan plan) throws StoreException {
        if (plan.id() == null) {
            throw new StoreException(StoreException.Reason.INVALID, "store.notStored");
        }
        return plan.id();
    }

    private static long requireId(Phase phase) throws StoreException {
        if (phase.id() == null) {
            throw new StoreException(StoreException.Reason.INVALID, "store.notStored");
        }
        return phase.id();
    }

    private static long requireId(Task task) throws StoreException {
        if (task.id() == null) {
            throw new StoreException(StoreException.Reason.INVALID, "store.notStored");
        }
        return task.id();
    }

    private List<PlanSummary> summaries(Condition condition) {
        Field<Integer> phases = DSL.field(DSL.selectCount().from(PHASE).where(PHASE.PLAN_ID.eq(PLAN.ID))).as("phases");
        Field<Integer> tasks = DSL.field(DSL.selectCount().from(TASK).where(TASK.PLAN_ID.eq(PLAN.ID))).as("tasks");
        List<PlanSummary> list = new ArrayList<>();
        for (Record r : dsl.select(PLAN.ID, PLAN.VERSION, PLAN.DOC_TYPE, PLAN.NUMBER_SYMBOL, PLAN.ISSUER, PLAN.ISSUED_ON, PLAN.SUBJECT,
                PLAN.STATUS, phases, tasks).from(PLAN).where(condition).fetch()) {
            list.add(new PlanSummary(r.get(PLAN.ID), r.get(PLAN.VERSION), DocumentType.valueOf(r.get(PLAN.DOC_TYPE)),
                    r.get(PLAN.NUMBER_SYMBOL), r.get(PLAN.ISSUER), r.get(PLAN.ISSUED_ON), r.get(PLAN.SUBJECT),
                    PlanStatus.valueOf(r.get(PLAN.STATUS)), r.get(phases), r.get(tasks)));
        }
        list.sort(Comparator.comparing(PlanSummary::subject, VietnameseText.comparator()).thenComparing(PlanSummary::id));
        return list;
    }
}

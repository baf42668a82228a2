package vn.plandesk.logic.store;

import static vn.plandesk.logic.store.db.Tables.PHASE;
import static vn.plandesk.logic.store.db.Tables.PLAN;
import static vn.plandesk.logic.store.db.Tables.PLAN_LEGAL_BASIS;
import static vn.plandesk.logic.store.db.Tables.PLAN_PARTICIPANT;
import static vn.plandesk.logic.store.db.Tables.PLAN_RECIPIENT;
import static vn.plandesk.logic.store.db.Tables.PLAN_SECTION;
import static vn.plandesk.logic.store.db.Tables.PLAN_SOURCE_DEADLINE;
import static vn.plandesk.logic.store.db.Tables.TASK;
import static vn.plandesk.logic.store.db.Tables.TASK_EXTENSION;
import static vn.plandesk.logic.store.db.Tables.TASK_UNIT;
import static vn.plandesk.logic.store.db.Tables.UNIT;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import vn.plandesk.logic.store.db.tables.records.PhaseRecord;
import vn.plandesk.logic.store.db.tables.records.PlanRecord;
import vn.plandesk.logic.store.db.tables.records.PlanSourceDeadlineRecord;
import vn.plandesk.logic.store.db.tables.records.TaskExtensionRecord;
import vn.plandesk.logic.store.db.tables.records.TaskRecord;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Phase;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Task;
import vn.plandesk.model.TextSection;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;

/**
 * Writes plan content inside a caller's transaction. Unit references are resolved here: a known id
 * is kept, a name finds its unit by the accent-insensitive key, and an unknown name adds a unit to
 * the directory.
 */
final class PlanWriter {
    static final TimeColumns PHASE_TIME = new TimeColumns(PHASE);
    static final TimeColumns TASK_TIME = new TimeColumns(TASK);
    static final TimeColumns EXTENSION_TIME = new TimeColumns(TASK_EXTENSION);
    static final TimeColumns SOURCE_DEADLINE_TIME = new TimeColumns(PLAN_SOURCE_DEADLINE);

    private final DSLContext tx;
    private final Map<String, Long> unitIdByKey = new HashMap<>();
    /** Ids of another store's units and the ids they were given in this one (a migration); empty otherwise. */
    private final Map<Long, Long> copiedUnitIds = new HashMap<>();
    private final PlanStore.Progress progress;
    private final int totalTasks;
    private int tasksWritten;

    PlanWriter(DSLContext tx, PlanStore.Progress progress, int totalTasks) {
        this.tx = tx;
        this.progress = progress;
        this.totalTasks = totalTasks;
    }

    void writeHeader(PlanRecord plan, PlanHeader h) {
        plan.setDocType(h.type().name());
        plan.setNumberSymbol(h.numberAndSymbol());
        plan.setGoverningBody(h.governingBody());
        plan.setIssuer(h.issuer());
        plan.setPlace(h.place());
        plan.setIssuedOn(h.issuedOn());
        plan.setSubject(h.subject());
        plan.setStatus(h.status().name());
        plan.setSource(h.source());
        plan.setNotes(h.notes());
        plan.setSignerAuthority(h.signer() == null || h.signer().authority() == null ? null : h.signer().authority().name());
        plan.setSignerPosition(h.signer() == null ? null : h.signer().position());
        plan.setSignerName(h.signer() == null ? null : h.signer().name());
        plan.setSearchKey(boundedSearchKey(h));
        plan.setUpdatedAt(LocalDateTime.now());
        plan.store();
        long planId = plan.getId();
        tx.deleteFrom(PLAN_LEGAL_BASIS).where(PLAN_LEGAL_BASIS.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(PLAN_SECTION).where(PLAN_SECTION.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(PLAN_RECIPIENT).where(PLAN_RECIPIENT.PLAN_ID.eq(planId)).execute();
        int ord = 0;
        for (String basis : h.legalBases()) {
            tx.insertInto(PLAN_LEGAL_BASIS).set(PLAN_LEGAL_BASIS.PLAN_ID, planId).set(PLAN_LEGAL_BASIS.ORD, ord++)
                    .set(PLAN_LEGAL_BASIS.TEXT, basis).execute();
        }
        ord = 0;
        for (TextSection section : h.sections()) {
            tx.insertInto(PLAN_SECTION).set(PLAN_SECTION.PLAN_ID, planId).set(PLAN_SECTION.ORD, ord++)
                    .set(PLAN_SECTION.HEADING, section.heading()).set(PLAN_SECTION.BODY, section.body()).execute();
        }
        ord = 0;
        for (Recipient r : h.recipients()) {
            tx.insertInto(PLAN_RECIPIENT).set(PLAN_RECIPIENT.PLAN_ID, planId).set(PLAN_RECIPIENT.ORD, ord++)
                    .set(PLAN_RECIPIENT.NAME, r.name()).set(PLAN_RECIPIENT.NOTE, r.note()).set(PLAN_RECIPIENT.ARCHIVE, r.archive()).execute();
        }
    }

    void writeParticipantsAndSourceDeadlines(long planId, List<UnitRef> participants, List<TimeExpression> deadlines) {
        int ord = 0;
        for (UnitRef unit : participants) {
            tx.insertInto(PLAN_PARTICIPANT).set(PLAN_PARTICIPANT.PLAN_ID, planId).set(PLAN_PARTICIPANT.ORD, ord++)
                    .set(PLAN_PARTICIPANT.UNIT_ID, unitId(unit)).execute();
        }
        ord = 0;
        for (TimeExpression te : deadlines) {
            PlanSourceDeadlineRecord r = tx.newRecord(PLAN_SOURCE_DEADLINE);
            r.setPlanId(planId);
            r.setOrd(ord++);
            SOURCE_DEADLINE_TIME.write(r, te);
            r.store();
        }
    }

    /** Inserts a phase with its tasks and sub-phases; returns the phase with stored ids. */
    Phase insertPhase(long planId, Long parentId, int ord, Phase phase) {
        PhaseRecord r = tx.newRecord(PHASE);
        r.setPlanId(planId);
        r.setParentId(parentId);
        r.setOrd(ord);
        writePhaseFields(r, phase);
        r.store();
        long phaseId = r.getId();
        List<Task> tasks = new java.util.ArrayList<>();
        int taskOrd = 0;
        for (Task task : phase.tasks()) {
            tasks.add(insertTask(planId, phaseId, taskOrd++, task));
        }
        List<Phase> subs = new java.util.ArrayList<>();
        int subOrd = 0;
        for (Phase sub : phase.subPhases()) {
            subs.add(insertPhase(planId, phaseId, subOrd++, sub));
        }
        return phase.withId(phaseId).withTasks(tasks).withSubPhases(subs);
    }

    void writePhaseFields(PhaseRecord r, Phase phase) {
        r.setLabel(phase.label());
        r.setTitle(phase.title());
        PHASE_TIME.write(r, phase.span());
        r.setTarget(phase.target());
        r.setFocalUnitId(phase.focalUnit() == null ? null : unitId(phase.focalUnit()));
    }

    Task insertTask(long planId, long phaseId, int ord, Task task) {
        TaskRecord r = tx.newRecord(TASK);
        r.setPlanId(planId);
        r.setPhaseId(phaseId);
        r.setOrd(ord);
        writeTaskFields(r, task);
        r.store();
        long taskId = r.getId();
        writeTaskUnitsAndExtensions(taskId, task);
        reportProgress();
        return task.withId(taskId);
    }

    void writeTaskFields(TaskRecord r, Task task) {
        r.setLabel(task.label());
        r.setContent(task.content());
        TASK_TIME.write(r, task.deadline());
        r.setStartOn(task.start());
        r.setDeliverable(task.deliverable());
        r.setPercentDone(task.percentDone());
        r.setCompletedOn(task.completedOn());
        r.setNotes(task.notes());
    }

    /** Replaces the unit and extension rows of a stored task with the task's. */
    void writeTaskUnitsAndExtensions(long taskId, Task task) {
        tx.deleteFrom(TASK_UNIT).where(TASK_UNIT.TASK_ID.eq(taskId)).execute();
        tx.deleteFrom(TASK_EXTENSION).where(TASK_EXTENSION.TASK_ID.eq(taskId)).execute();
        insertUnits(taskId, TaskUnitRole.LEAD, task.lead());
        insertUnits(taskId, TaskUnitRole.SUPPORT, task.support());
        int ord = 0;
        for (Extension e : task.extensions()) {
            TaskExtensionRecord r = tx.newRecord(TASK_EXTENSION);
            r.setTaskId(taskId);
            r.setOrd(ord++);
            EXTENSION_TIME.write(r, e.deadline());
            r.setGrantedOn(e.grantedOn());
            r.setReason(e.reason());
            r.store();
        }
    }

    private void insertUnits(long taskId, TaskUnitRole role, List<UnitRef> units) {
        int ord = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (UnitRef unit : units) {
            long id = unitId(unit);
            if (seen.add(id)) {
                tx.insertInto(TASK_UNIT).set(TASK_UNIT.TASK_ID, taskId).set(TASK_UNIT.ROLE, role.name())
                        .set(TASK_UNIT.ORD, ord++).set(TASK_UNIT.UNIT_ID, id).execute();
            }
        }
    }

    /** The directory id for a reference: its own id when it still exists, else found or added by name. */
    long unitId(UnitRef ref) {
        if (ref.id() != null && copiedUnitIds.containsKey(ref.id())) {
            return copiedUnitIds.get(ref.id());
        }
        if (ref.id() != null && tx.fetchExists(UNIT, UNIT.ID.eq(ref.id()))) {
            return ref.id();
        }
        String key = VietnameseText.searchKey(ref.name());
        Long cached = unitIdByKey.get(key);
        if (cached != null) {
            return cached;
        }
        Long found = tx.select(UNIT.ID).from(UNIT).where(UNIT.SEARCH_KEY.eq(key)).orderBy(UNIT.ACTIVE.desc(), UNIT.ID)
                .limit(1).fetchOne(UNIT.ID);
        long id = found != null ? found : UnitDirectory.insert(tx, Unit.named(ref.name())).getId();
        unitIdByKey.put(key, id);
        return id;
    }

    /** Plans written next come from another store whose unit ids map to these ones. */
    PlanWriter withCopiedUnits(Map<Long, Long> unitIds) {
        copiedUnitIds.putAll(unitIds);
        return this;
    }

    private void reportProgress() {
        tasksWritten++;
        if (progress != null) {
            progress.tasksWritten(tasksWritten, totalTasks);
        }
    }

    /** Type, number, subject, issuer, place, governing body: what a person types to find a plan. */
    static String searchKey(PlanHeader h) {
        return Stream.of(h.type().title(), h.numberAndSymbol(), h.subject(), h.issuer(), h.place(), h.governingBody())
                .filter(java.util.Objects::nonNull).map(VietnameseText::searchKey).collect(Collectors.joining(" | "));
    }

    /** The search key fits its column (5000) whatever the lengths of the texts it is made of. */
    static String boundedSearchKey(PlanHeader h) {
        String key = searchKey(h);
        return key.length() <= 5000 ? key : key.substring(0, 5000);
    }

    static PlanRecord newPlanRecord(DSLContext tx) {
        PlanRecord r = tx.newRecord(PLAN);
        r.setVersion(1L);
        r.setCreatedAt(LocalDateTime.now());
        return r;
    }
}

package vn.plandesk.logic.store;

import static vn.plandesk.logic.store.db.Tables.PHASE;
import static vn.plandesk.logic.store.db.Tables.PLAN_LEGAL_BASIS;
import static vn.plandesk.logic.store.db.Tables.PLAN_PARTICIPANT;
import static vn.plandesk.logic.store.db.Tables.PLAN_RECIPIENT;
import static vn.plandesk.logic.store.db.Tables.PLAN_SECTION;
import static vn.plandesk.logic.store.db.Tables.PLAN_SOURCE_DEADLINE;
import static vn.plandesk.logic.store.db.Tables.TASK;
import static vn.plandesk.logic.store.db.Tables.TASK_EXTENSION;
import static vn.plandesk.logic.store.db.Tables.TASK_UNIT;
import static vn.plandesk.logic.store.db.Tables.UNIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.plandesk.logic.store.db.tables.records.PhaseRecord;
import vn.plandesk.logic.store.db.tables.records.PlanRecord;
import vn.plandesk.logic.store.db.tables.records.TaskRecord;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Task;
import vn.plandesk.model.TextSection;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/**
 * Reads one whole plan with a fixed number of queries, however many tasks it has: rows are
 * fetched per table for the plan and assembled in memory.
 */
final class PlanReader {
    private final DSLContext tx;

    PlanReader(DSLContext tx) {
        this.tx = tx;
    }

    Plan read(PlanRecord p) {
        long planId = p.getId();
        Map<Long, String> unitNames = new HashMap<>();
        tx.select(UNIT.ID, UNIT.FULL_NAME).from(UNIT).fetch().forEach(r -> unitNames.put(r.value1(), r.value2()));

        List<String> bases = tx.select(PLAN_LEGAL_BASIS.TEXT).from(PLAN_LEGAL_BASIS).where(PLAN_LEGAL_BASIS.PLAN_ID.eq(planId))
                .orderBy(PLAN_LEGAL_BASIS.ORD).fetch(PLAN_LEGAL_BASIS.TEXT);
        List<TextSection> sections = tx.selectFrom(PLAN_SECTION).where(PLAN_SECTION.PLAN_ID.eq(planId)).orderBy(PLAN_SECTION.ORD)
                .fetch(r -> new TextSection(r.getHeading(), r.getBody()));
        List<Recipient> recipients = tx.selectFrom(PLAN_RECIPIENT).where(PLAN_RECIPIENT.PLAN_ID.eq(planId)).orderBy(PLAN_RECIPIENT.ORD)
                .fetch(r -> new Recipient(r.getName(), r.getNote(), r.getArchive()));
        List<UnitRef> participants = tx.select(PLAN_PARTICIPANT.UNIT_ID).from(PLAN_PARTICIPANT).where(PLAN_PARTICIPANT.PLAN_ID.eq(planId))
                .orderBy(PLAN_PARTICIPANT.ORD).fetch(r -> new UnitRef(r.value1(), unitNames.get(r.value1())));
        List<TimeExpression> sourceDeadlines = tx.selectFrom(PLAN_SOURCE_DEADLINE).where(PLAN_SOURCE_DEADLINE.PLAN_ID.eq(planId))
                .orderBy(PLAN_SOURCE_DEADLINE.ORD).fetch(PlanWriter.SOURCE_DEADLINE_TIME::read);

        Map<Long, List<Task>> tasksByPhase = readTasks(planId, unitNames);
        List<Phase> phases = readPhases(planId, tasksByPhase, unitNames);

        Signer signer = p.getSignerName() == null && p.getSignerPosition() == null && p.getSignerAuthority() == null ? null
                : new Signer(p.getSignerAuthority() == null ? null : Authority.valueOf(p.getSignerAuthority()),
                        p.getSignerPosition(), p.getSignerName());
        return new Plan(planId, p.getVersion(), DocumentType.valueOf(p.getDocType()), p.getNumberSymbol(), p.getGoverningBody(),
                p.getIssuer(), p.getPlace(), p.getIssuedOn(), p.getSubject(), bases, sections, phases, signer, recipients,
                PlanStatus.valueOf(p.getStatus()), p.getSource(), p.getNotes(), participants, sourceDeadlines);
    }

    private Map<Long, List<Task>> readTasks(long planId, Map<Long, String> unitNames) {
        Map<Long, List<UnitRef>> lead = new HashMap<>();
        Map<Long, List<UnitRef>> support = new HashMap<>();
        for (Record r : tx.select(TASK_UNIT.TASK_ID, TASK_UNIT.ROLE, TASK_UNIT.UNIT_ID).from(TASK_UNIT).join(TASK).on(TASK.ID.eq(TASK_UNIT.TASK_ID))
                .where(TASK.PLAN_ID.eq(planId)).orderBy(TASK_UNIT.TASK_ID, TASK_UNIT.ROLE, TASK_UNIT.ORD).fetch()) {
            Map<Long, List<UnitRef>> target = TaskUnitRole.LEAD.name().equals(r.get(TASK_UNIT.ROLE)) ? lead : support;
            long unitId = r.get(TASK_UNIT.UNIT_ID);
            target.computeIfAbsent(r.get(TASK_UNIT.TASK_ID), k -> new ArrayList<>()).add(new UnitRef(unitId, unitNames.get(unitId)));
        }
        Map<Long, List<Extension>> extensions = new HashMap<>();
        for (Record r : tx.select(TASK_EXTENSION.fields()).from(TASK_EXTENSION).join(TASK).on(TASK.ID.eq(TASK_EXTENSION.TASK_ID))
                .where(TASK.PLAN_ID.eq(planId)).orderBy(TASK_EXTENSION.TASK_ID, TASK_EXTENSION.ORD).fetch()) {
            extensions.computeIfAbsent(r.get(TASK_EXTENSION.TASK_ID), k -> new ArrayList<>())
                    .add(new Extension(PlanWriter.EXTENSION_TIME.read(r), r.get(TASK_EXTENSION.GRANTED_ON), r.get(TASK_EXTENSION.REASON)));
        }
        Map<Long, List<Task>> byPhase = new HashMap<>();
        for (TaskRecord t : tx.selectFrom(TASK).where(TASK.PLAN_ID.eq(planId)).orderBy(TASK.PHASE_ID, TASK.ORD).fetch()) {
            long id = t.getId();
            Task task = new Task(id, t.getLabel(), t.getContent(), PlanWriter.TASK_TIME.read(t), t.getStartOn(), t.getDeliverable(),
                    lead.getOrDefault(id, List.of()), support.getOrDefault(id, List.of()), t.getPercentDone(), t.getCompletedOn(),
                    t.getNotes(), extensions.getOrDefault(id, List.of()));
            byPhase.computeIfAbsent(t.getPhaseId(), k -> new ArrayList<>()).add(task);
        }
        return byPhase;
    }

    private List<Phase> readPhases(long planId, Map<Long, List<Task>> tasksByPhase, Map<Long, String> unitNames) {
        Map<Long, List<Phase>> subsByParent = new LinkedHashMap<>();
        List<PhaseRecord> tops = new ArrayList<>();
        for (PhaseRecord r : tx.selectFrom(PHASE).where(PHASE.PLAN_ID.eq(planId)).orderBy(PHASE.ORD, PHASE.ID).fetch()) {
            if (r.getParentId() == null) {
                tops.add(r);
            } else {
                subsByParent.computeIfAbsent(r.getParentId(), k -> new ArrayList<>()).add(toPhase(r, tasksByPhase, List.of(), unitNames));
            }
        }
        List<Phase> phases = new ArrayList<>();
        for (PhaseRecord r : tops) {
            phases.add(toPhase(r, tasksByPhase, subsByParent.getOrDefault(r.getId(), List.of()), unitNames));
        }
        return phases;
    }

    private static Phase toPhase(PhaseRecord r, Map<Long, List<Task>> tasksByPhase, List<Phase> subs, Map<Long, String> unitNames) {
        UnitRef focal = r.getFocalUnitId() == null ? null : new UnitRef(r.getFocalUnitId(), unitNames.get(r.getFocalUnitId()));
        return new Phase(r.getId(), r.getLabel(), r.getTitle(), PlanWriter.PHASE_TIME.read(r), r.getTarget(), focal,
                tasksByPhase.getOrDefault(r.getId(), List.of()), subs);
    }
}

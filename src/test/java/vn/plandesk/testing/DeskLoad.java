package vn.plandesk.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.ServerAddress;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;

/**
 * Several desks editing the same plans on one server at once, each a thread with a store (and so
 * connections) of its own, as a secretary's window does: it makes one edit from the version of the
 * plan it has (a task's notes and progress, the subject, a task added or deleted) and, once stored,
 * shows it on its copy with the new version. An edit refused because another desk wrote first is
 * kept as refused; the desk reads the plan again and goes on. Every edit carries a mark of its own ("[d3-e17]"), so what it left in
 * the store can be told apart. Shared by the load test and the benchmark.
 */
public final class DeskLoad {
    public enum Kind { EDIT_TASK, RENAME, ADD_TASK, DELETE_TASK }

    /**
     * One edit a desk made: what, on which plan, from which version, how long the write took, and the
     * version it gave ({@code stored}) or the refusal the desk was told of.
     */
    public record Attempt(int desk, Kind kind, long planId, long fromVersion, String mark, Task task, long taskId, String subject,
                          long phaseId, int index, long nanos, Long stored, StoreException refusal) {
    }

    /** What one desk did: its edits in order, and every version of each plan it saw, in the order it saw them. */
    public record Desk(List<Attempt> attempts, Map<Long, List<Long>> versionsSeen) {
    }

    /** Each desk's record, and how long the edits took from the moment every desk had its store open. */
    public record Run(List<Desk> desks, long nanos) {
    }

    private DeskLoad() {
    }

    /** Stores {@code count} plans of 12 tasks on the server for the desks to share; returns their ids. */
    public static List<Long> plans(ServerAddress office, int count) throws StoreException {
        List<Long> ids = new ArrayList<>();
        try (Store store = Store.open(office)) {
            for (int i = 0; i < count; i++) {
                ids.add(store.plans().create(PlanGenerator.plan(12, 40 + i)));
            }
        }
        return ids;
    }

    /** Runs {@code desks} desks of {@code editsPerDesk} edits each over {@code planIds}. */
    public static Run run(ServerAddress office, List<Long> planIds, int desks, int editsPerDesk, long seed) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(desks);
        CountDownLatch open = new CountDownLatch(desks);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Desk>> running = new ArrayList<>();
        try {
            for (int d = 0; d < desks; d++) {
                int desk = d;
                running.add(threads.submit(() -> {
                    try (Store store = Store.open(office)) {
                        open.countDown();
                        start.await();
                        return desk(store.plans(), desk, planIds, editsPerDesk, new Random(seed * 31 + desk));
                    }
                }));
            }
            open.await();
            long started = System.nanoTime();
            start.countDown();
            List<Desk> done = new ArrayList<>();
            for (Future<Desk> desk : running) {
                done.add(desk.get());
            }
            return new Run(done, System.nanoTime() - started);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Desk desk(PlanStore plans, int desk, List<Long> planIds, int edits, Random random) throws StoreException {
        Map<Long, Plan> views = new HashMap<>();
        Map<Long, List<Long>> seen = new HashMap<>();
        for (long id : planIds) {
            read(plans, id, views, seen);
        }
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            // Half of a desk's edits go to its own plan, half to any plan: every plan is shared, as in an office.
            long id = planIds.get(random.nextBoolean() ? desk % planIds.size() : random.nextInt(planIds.size()));
            Plan view = views.get(id);
            Attempt made = edit(plans, desk, view, "[d" + desk + "-e" + i + "]", random);
            attempts.add(made);
            if (made.stored() != null) {
                views.put(id, applied(view, made));
                seen.get(id).add(made.stored());
            } else {
                read(plans, id, views, seen);
            }
        }
        return new Desk(attempts, seen);
    }

    private static void read(PlanStore plans, long id, Map<Long, Plan> views, Map<Long, List<Long>> seen) throws StoreException {
        Plan plan = plans.load(id);
        views.put(id, plan);
        seen.computeIfAbsent(id, k -> new ArrayList<>()).add(plan.version());
    }

    /** One edit from the plan as the desk last read it; a refusal of any kind is kept, not thrown. */
    private static Attempt edit(PlanStore plans, int desk, Plan view, String mark, Random random) {
        long id = view.id();
        long from = view.version();
        List<Task> tasks = view.allTasks();
        int roll = random.nextInt(100);
        Kind kind = roll < 50 ? Kind.EDIT_TASK : roll < 65 ? Kind.RENAME : roll < 85 || tasks.size() <= 3 ? Kind.ADD_TASK : Kind.DELETE_TASK;
        Task chosen = tasks.get(random.nextInt(tasks.size()));
        Phase phase = view.phases().get(random.nextInt(view.phases().size()));
        int index = random.nextInt(phase.tasks().size() + 1);
        long started = System.nanoTime();
        Task task = null;
        String subject = null;
        Long stored = null;
        StoreException refusal = null;
        try {
            switch (kind) {
                case EDIT_TASK -> {
                    task = withNotes(chosen, mark, random.nextInt(100));
                    stored = plans.updateTask(id, from, task);
                }
                case RENAME -> {
                    subject = "Kế hoạch thử tải " + mark;
                    stored = plans.updateHeader(id, from, withSubject(view.header(), subject));
                }
                case ADD_TASK -> {
                    PlanStore.Edit<Task> added = plans.addTask(id, from, phase.id(), index,
                            new Task(null, null, "Nhiệm vụ thêm " + mark, TimeExpression.none(), null, null, List.of(), List.of(), 0,
                                    null, null, List.of()));
                    task = added.value();
                    stored = added.version();
                }
                case DELETE_TASK -> stored = plans.deleteTask(id, from, chosen.id());
            }
        } catch (StoreException e) {
            refusal = e;
        }
        return new Attempt(desk, kind, id, from, mark, task, chosen.id(), subject, phase.id(), index,
                System.nanoTime() - started, stored, refusal);
    }

    /** The desk's copy of the plan with its stored edit made on it, at the version the edit got. */
    private static Plan applied(Plan view, Attempt edit) {
        Plan changed = switch (edit.kind()) {
            case RENAME -> view.withHeader(withSubject(view.header(), edit.subject()));
            case EDIT_TASK -> view.withPhases(view.phases().stream().map(p -> p.withTasks(p.tasks().stream()
                    .map(t -> t.id().equals(edit.task().id()) ? edit.task() : t).toList())).toList());
            case DELETE_TASK -> view.withPhases(view.phases().stream().map(p -> p.withTasks(p.tasks().stream()
                    .filter(t -> t.id() != edit.taskId()).toList())).toList());
            case ADD_TASK -> view.withPhases(view.phases().stream().map(p -> p.id() != edit.phaseId() ? p : p.withTasks(inserted(p.tasks(),
                    edit.index(), edit.task()))).toList());
        };
        return changed.withIdentity(view.id(), edit.stored());
    }

    private static List<Task> inserted(List<Task> tasks, int index, Task task) {
        List<Task> with = new ArrayList<>(tasks);
        with.add(index, task);
        return with;
    }

    private static Task withNotes(Task t, String notes, int percent) {
        return new Task(t.id(), t.label(), t.content(), t.deadline(), t.start(), t.deliverable(), t.lead(), t.support(),
                percent, null, notes, t.extensions());
    }

    private static PlanHeader withSubject(PlanHeader h, String subject) {
        return new PlanHeader(h.type(), h.numberAndSymbol(), h.governingBody(), h.issuer(), h.place(), h.issuedOn(), subject,
                h.legalBases(), h.sections(), h.signer(), h.recipients(), h.status(), h.source(), h.notes());
    }
}

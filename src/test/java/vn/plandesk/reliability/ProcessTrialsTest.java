package vn.plandesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Launcher;
import vn.plandesk.logic.store.Store;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.testing.PlanGenerator;

/**
 * Issue 10: kill -9 at random moments of imports, edits and restores (the store checked after each:
 * no committed edit lost, no partial plan, nothing left behind), and two commands on one store at once
 * (both succeed or the second says in one line that another PlanDesk uses the store; never "damaged").
 */
class ProcessTrialsTest {
    /** The counts, in the everyday build: each trial is cheap enough (see Child) for all of them. */
    static final int KILL_TRIALS = 50;
    /** More with -Dplandesk.pairTrials=N: a race that one run in many meets needs a hundred or more to show. */
    static final int PAIR_TRIALS = Integer.getInteger("plandesk.pairTrials", 20);
    /** The kill comes this long at most after the worker's first committed step: within its next rounds. */
    static final int KILL_WITHIN_MILLIS = 1_500;

    @TempDir
    Path dir;

    /** What one kill trial saw: null failure when the store kept everything. */
    record KillTrial(String failure, int committedSteps, long millis) {
    }

    @Test
    void killedAtRandomMomentsTheStoreLosesNothingCommitted() throws Exception {
        Path template = dir.resolve("template");
        Path backup = dir.resolve("template.zip");
        try (Store s = Store.open(template)) { // one store for all trials, copied: no migration per trial
            s.plans().create(PlanGenerator.plan(Worker.TASKS, 1000));
            s.backups().backup(backup);
        }
        Random random = new Random(10);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<KillTrial>> trials = new ArrayList<>();
            for (int i = 0; i < KILL_TRIALS; i++) {
                int trial = i;
                long delay = random.nextInt(KILL_WITHIN_MILLIS);
                trials.add(two.submit(() -> killTrial(trial, template, trial % 5 == 4 ? backup : null, delay)));
            }
            List<String> failures = new ArrayList<>();
            int mostSteps = 0;
            long slowest = 0;
            for (Future<KillTrial> f : trials) {
                KillTrial t = f.get(5, TimeUnit.MINUTES);
                if (t.failure() != null) {
                    failures.add(t.failure());
                }
                mostSteps = Math.max(mostSteps, t.committedSteps());
                slowest = Math.max(slowest, t.millis());
            }
            System.out.println("[reliability] kill -9 trials: " + KILL_TRIALS + ", failures " + failures.size()
                    + ", slowest trial " + slowest + " ms, most steps committed before a kill " + mostSteps);
            assertEquals(List.of(), failures);
        } finally {
            two.shutdownNow();
        }
    }

    /**
     * A worker on a copy of the template store is killed {@code delay} ms after its first committed
     * step (a restore, a new plan or an edit), that is anywhere in its following rounds; then every
     * step it reported committed must be in the store and no plan may be partial.
     */
    private KillTrial killTrial(int trial, Path template, Path backup, long delay) throws Exception {
        long start = System.nanoTime();
        Path store = Files.createDirectories(dir.resolve("kill-" + trial));
        Files.copy(template.resolve("plandesk.mv.db"), store.resolve("plandesk.mv.db"));
        boolean restores = backup != null;
        Process worker = Child.start(Worker.class, store.toString(), restores ? "restore" : "work", restores ? backup.toString() : "");
        List<Long> created = new ArrayList<>();
        List<Long> edited = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        CountDownLatch firstStep = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = Child.reader(worker)) {
                String line;
                while ((line = out.readLine()) != null) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                        if (line.equals("restored")) {
                            created.clear();
                            edited.clear();
                        } else if (line.startsWith("created ")) {
                            created.add(Long.parseLong(line.substring(8)));
                        } else if (line.startsWith("edited ")) {
                            edited.add(Long.parseLong(line.substring(7)));
                        }
                    }
                    if (!line.equals("ready")) {
                        firstStep.countDown();
                    }
                }
            } catch (IOException ended) {
                // the process was killed
            }
        });
        reader.start();
        boolean stepped = firstStep.await(2, TimeUnit.MINUTES);
        Thread.sleep(delay);
        worker.destroyForcibly();
        worker.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        String where = "trial " + trial + (restores ? " (restores)" : "") + " killed " + delay + " ms after its first step: ";
        synchronized (seen) {
            int steps = (int) seen.toString().lines().filter(l -> !l.equals("ready")).count();
            if (!stepped || seen.toString().contains("Exception")) {
                return new KillTrial(where + "the worker failed: " + seen, steps, millisSince(start));
            }
            return new KillTrial(checkAfterKill(store, created, edited, where), steps, millisSince(start));
        }
    }

    /** The failure found in a killed worker's store, or null: nothing committed lost, nothing partial, nothing left behind. */
    private static String checkAfterKill(Path store, List<Long> created, List<Long> edited, String where) throws IOException {
        try (Store s = Store.open(store)) {
            for (PlanSummary p : s.plans().list()) {
                if (p.taskCount() != Worker.TASKS) {
                    return where + "a partial plan: " + p;
                }
            }
            for (long id : created) {
                s.plans().load(id);
            }
            for (long id : edited) {
                if (!LocalDate.of(2026, 5, 4).equals(s.plans().load(id).allTasks().get(0).completedOn())) {
                    return where + "an edit reported stored was lost, plan " + id;
                }
            }
        } catch (Exception e) {
            return where + e.getMessage();
        }
        try (Stream<Path> files = Files.list(store)) {
            List<String> leftovers = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".plandesk-restore-")).toList();
            return leftovers.isEmpty() ? null : where + "left behind " + leftovers;
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    @Test
    void twoCommandsOnOneStoreAtOnceBothWorkOrTheSecondSaysWhy() throws Exception {
        int bothDone = 0;
        int told = 0;
        long slowest = 0;
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int trial = 0; trial < PAIR_TRIALS; trial++) {
                String db = dir.resolve("pair-" + trial).toString(); // a new store: both may create and migrate it
                Future<Child.Run> a = two.submit(() -> Child.run(Launcher.class, "--db", db, "import", Child.SAMPLE.toString()));
                String second = trial % 2 == 1 ? "list" : "import";
                Future<Child.Run> b = two.submit(() -> second.equals("list") ? Child.run(Launcher.class, "--db", db, "list")
                        : Child.run(Launcher.class, "--db", db, "import", Child.SAMPLE.toString()));
                int ok = 0;
                for (Child.Run run : List.of(a.get(3, TimeUnit.MINUTES), b.get(3, TimeUnit.MINUTES))) {
                    slowest = Math.max(slowest, run.millis());
                    assertFalse(run.output().contains("hỏng") || run.output().contains("Exception") || run.output().contains("\tat "),
                            "trial " + trial + ": " + run.output());
                    if (run.exit() == 0) {
                        ok++;
                    } else {
                        assertEquals(1, run.lines().size(), run.output());
                        assertTrue(run.output().contains("Một PlanDesk khác đang dùng"), run.output());
                        told++;
                    }
                }
                if (ok == 2) {
                    bothDone++;
                }
                try (Store s = Store.open(Path.of(db))) {
                    List<PlanSummary> plans = s.plans().list();
                    plans.forEach(p -> assertEquals(plans.get(0).taskCount(), p.taskCount(), "a partial plan: " + p));
                }
            }
        } finally {
            two.shutdownNow();
        }
        System.out.println("[reliability] two processes at once: " + PAIR_TRIALS + " trials, both done in " + bothDone
                + ", the second told in one line in " + told + ", slowest command " + slowest + " ms");
    }

}

package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.testing.ChildJvm;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.Plans;

/** Real second processes on one store: a crash in the middle of a write, and two writers at once. */
class ProcessesTest {
    @TempDir
    Path dir;

    @Test
    void aProcessKilledInTheMiddleOfALargeImportLeavesTheStoreAsItWas() throws Exception {
        long existing;
        int unitsBefore;
        try (Store store = Store.open(dir)) {
            existing = store.plans().create(PlanGenerator.plan(25, 1));
            unitsBefore = store.units().list().size();
        }
        Process child = ChildJvm.start(SecondProcess.class, "import-slowly", dir.toString(), "10000");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("written 1500")) {
                assertTrue(!line.equals("done"), "the import finished before it could be killed");
            }
            assertNotNull(line, "the child ended without importing: see its output above");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process itself
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Store store = Store.open(dir)) {
            assertEquals(1, store.plans().count());
            assertEquals(unitsBefore, store.units().list().size());
            assertEquals(Plans.withoutIds(PlanGenerator.plan(25, 1)), Plans.withoutIds(store.plans().load(existing)));
            store.plans().create(PlanGenerator.plan(5, 2)); // and the store takes writes again
        }
    }

    @Test
    void anEditReportedStoredSurvivesTheProcessBeingKilledRightAfter() throws Exception {
        Process child = ChildJvm.start(SecondProcess.class, "edit-then-wait", dir.toString());
        long planId;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("stored ")) {
                // the child's other output
            }
            assertNotNull(line, "the child ended without storing");
            planId = Long.parseLong(line.substring("stored ".length()));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Store store = Store.open(dir)) {
            Task first = store.plans().load(planId).allTasks().get(0);
            assertEquals(java.time.LocalDate.of(2026, 5, 4), first.completedOn(), "the edit was on disk when it was reported stored");
        }
    }

    @Test
    void twoProcessesShareOneStoreAndAStaleWriteIsRefused() throws Exception {
        try (Store window = Store.open(dir)) {
            long planId = window.plans().create(PlanGenerator.plan(10, 3));
            Plan seenInWindow = window.plans().load(planId);

            String created = run("create", dir.toString());
            assertTrue(created.startsWith("created "), created);
            assertEquals(2, window.plans().count(), "the window sees what the command line stored");

            String renamed = run("rename-first-task", dir.toString(), String.valueOf(planId), "Sửa từ dòng lệnh");
            assertTrue(renamed.startsWith("version "), renamed);
            assertEquals("Sửa từ dòng lệnh", window.plans().load(planId).allTasks().get(0).content());

            Task mine = seenInWindow.allTasks().get(0);
            StoreException e = assertThrows(StoreException.class, () -> window.plans().updateTask(planId, seenInWindow.version(), mine));
            assertEquals(StoreException.Reason.STALE, e.reason());
        }
    }

    private static String run(String... args) throws Exception {
        Process p = ChildJvm.start(SecondProcess.class, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().reduce((a, b) -> b).orElse("");
    }
}

package vn.plandesk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import vn.plandesk.gui.editor.EditorFixture;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.editor.TaskClipboard;
import vn.plandesk.gui.planlist.PlanListViewModel;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.ServerAddress;
import vn.plandesk.logic.store.Store;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.testing.Listening;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.TestServer;

/** Two windows' view models on one server: what one desk stores shows in the other within 2 s, typing there kept. */
class RemoteChangesOnServerTest {
    private static final long WITHIN_MILLIS = 2_000;

    @TempDir
    Path folder;

    /** One desk's window: its plan list and open plan on one StoreChanges, told of the other desks' changes. */
    private static final class Window {
        final StoreChanges changes = new StoreChanges();
        final RecordingDialogService dialogs = new RecordingDialogService();
        final PlanListViewModel list;
        final PlanEditorViewModel editor;
        final RemoteChanges remote;

        Window(Store store, long planId) {
            ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
            list = new PlanListViewModel(store.plans(), store.units(), store.location(), dialogs, changes, EditorFixture.CLOCK, executor);
            editor = new PlanEditorViewModel(store.plans(), store.units(), changes, dialogs, new TaskClipboard(), EditorFixture.CLOCK,
                    executor);
            editor.open(planId, () -> { });
            remote = RemoteChanges.listen(store, changes, executor, EditorFixture.CLOCK);
        }
    }

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void aPlanOneDeskChangesShowsInTheOtherDesksListAndOpenPlanWithinTwoSecondsWithWhoAndWhen() throws Exception {
        ServerAddress office = TestServer.addressFor(folder);
        try (Store secretaryStore = Store.open(office); Store headStore = Store.open(office)) {
            long id = secretaryStore.plans().create(PlanGenerator.plan(6, 5));
            Window secretary = new Window(secretaryStore, id);
            Window head = new Window(headStore, id);
            Listening.await(office, 2);

            String subject = "Triển khai chuyển đổi số năm 2027";
            secretary.editor.header().subject.set(subject);
            Instant sent = Instant.now();
            secretary.editor.commitHeader();

            within(() -> head.list.shownPlans().stream().anyMatch(p -> p.subject().equals(subject)), "the head's plan list");
            within(() -> subject.equals(head.editor.plan().header().subject()), "the head's open plan");
            within(() -> subject.equals(head.editor.header().subject.get()), "the head's header form");
            DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(EditorFixture.CLOCK.getZone());
            // the minute the change was sent in, or the next one if it was sent just before the minute turned
            List<String> said = List.of(sent, sent.plusMillis(WITHIN_MILLIS)).stream()
                    .map(at -> "Kế hoạch «" + subject + "» vừa được " + office.user() + " sửa lúc " + time.format(at)).toList();
            within(() -> said.contains(head.remote.textProperty().get()), "the head's status bar");
            assertEquals("", secretary.remote.textProperty().get(), "a desk is not told of its own change");
            head.remote.close();
            secretary.remote.close();
        }
    }

    /** What is typed on the head's desk while the secretary sets a task's progress: the head's window is told, its plan not read. */
    @FunctionalInterface
    private interface Typing {
        void start(PlanEditorViewModel editor);
    }

    /**
     * Opens the head's window on a new plan, lets {@code typing} begin there, has the secretary change
     * how far the first task is done, and returns the head's window once it was told, checking that
     * its open plan was not read under the typing.
     */
    private Window secretaryChangesWhileTheHeadTypes(Store secretaryStore, Store headStore, Typing typing) throws Exception {
        long id = secretaryStore.plans().create(PlanGenerator.plan(6, 7));
        Window head = new Window(headStore, id);
        Listening.await(TestServer.addressFor(folder), 1);
        long versionSeen = head.editor.plan().version();
        typing.start(head.editor);
        Plan stored = secretaryStore.plans().load(id);
        Task first = stored.allTasks().get(0);
        secretaryStore.plans().updateTask(id, stored.version(), first.withCompletion(null, (first.percentDone() + 50) % 100));
        within(() -> !head.remote.textProperty().get().isEmpty(), "the notice");
        assertEquals(versionSeen, head.editor.plan().version(), "the open plan is not read under the typing");
        return head;
    }

    @Test
    void whatTheOtherDeskIsTypingIsKeptAndStoredOverTheNewerPlanThroughTheStaleWritePath() throws Exception {
        ServerAddress office = TestServer.addressFor(folder);
        try (Store secretaryStore = Store.open(office); Store headStore = Store.open(office)) {
            String typed = "Kế hoạch do lãnh đạo sửa tiêu đề";
            Window head = secretaryChangesWhileTheHeadTypes(secretaryStore, headStore, editor -> editor.header().subject.set(typed));
            assertEquals(typed, head.editor.header().subject.get(), "the typing is not thrown away");
            long id = head.editor.plan().id();
            int secretarysPercent = secretaryStore.plans().load(id).allTasks().get(0).percentDone();

            head.editor.commitHeader();
            Plan both = headStore.plans().load(id);
            assertEquals(typed, both.header().subject());
            assertEquals(secretarysPercent, both.allTasks().get(0).percentDone(), "the other desk's change is kept too");
            head.remote.close();
        }
    }

    @Test
    void anOpenPlanChangedWhileACellIsBeingTypedInIsReadAgainOnceTheTypingEnds() throws Exception {
        ServerAddress office = TestServer.addressFor(folder);
        try (Store secretaryStore = Store.open(office); Store headStore = Store.open(office)) {
            Window head = secretaryChangesWhileTheHeadTypes(secretaryStore, headStore, editor -> editor.typingInCellProperty().set(true));

            head.editor.typingInCellProperty().set(false);
            Plan stored = secretaryStore.plans().load(head.editor.plan().id());
            assertEquals(stored.version(), head.editor.plan().version());
            assertEquals(stored.allTasks().get(0).percentDone(), head.editor.plan().allTasks().get(0).percentDone());
            head.remote.close();
        }
    }

    /**
     * Waits until {@code condition} holds, failing once the 2 seconds have passed. The windows' view
     * models are changed on the thread that hears the server (their executor runs tasks where they are given,
     * as the JavaFX thread would), so a look at a list while it is being replaced may fail: that look counts
     * as "not yet", and the next one, 20 ms later, decides.
     */
    private static void within(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WITHIN_MILLIS;
        while (!holdsNow(condition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(what + " did not show the other desk's change within " + WITHIN_MILLIS + " ms");
            }
            Thread.sleep(20);
        }
    }

    private static boolean holdsNow(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (IndexOutOfBoundsException | NoSuchElementException | ConcurrentModificationException changing) {
            return false;
        }
    }
}

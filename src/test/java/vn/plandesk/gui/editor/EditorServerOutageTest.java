package vn.plandesk.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Task;
import vn.plandesk.testing.StoppableServer;

/**
 * Edits typed while the office server is out of reach: never taken and then dropped. The user is
 * told at once that the edit was not stored, with the words she typed, and may try again.
 */
class EditorServerOutageTest {
    private static final String TYPED = "Xây dựng dự thảo Quyết định";

    @RegisterExtension
    static final StoppableServer server = new StoppableServer();

    private EditorFixture fx;
    private long planId;

    @BeforeEach
    void openAPlanOnTheServer() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        server.start();
        fx = new EditorFixture(Store.open(server.createDatabase()));
        planId = fx.store.plans().create(PlanEditorViewModelTest.smallPlan());
        fx.editor.open(planId, () -> { });
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anEditWhileTheServerIsDownIsToldAtOnceWithTheWordsTypedAndStoredWhenMadeAgain() throws StoreException {
        fx.dialogs.answer(false);
        server.stop();

        fx.editor.editText(fx.row("Xây dựng dự thảo").getValue(), Column.CONTENT, TYPED);

        assertEquals(1, fx.dialogs.asked().size(), "told at once");
        assertEquals(TYPED, fx.dialogs.asked().get(0).details(), "the words typed are shown to copy");
        assertTrue(fx.dialogs.asked().get(0).message().startsWith(Messages.get("server.lost")), fx.dialogs.asked().get(0).message());
        assertEquals(Messages.get("editor.offline.notStored", TYPED), fx.editor.messageProperty().get());
        assertEquals("", fx.editor.savedTextProperty().get(), "never said to be stored");
        assertEquals("Xây dựng dự thảo", ((EditorRow.TaskRow) fx.row("Xây dựng dự thảo").getValue()).task().content(),
                "the tree shows what the store has");

        server.start();
        assertEquals(List.of(), tasksNamed(TYPED), "nothing was kept to go later");
        fx.editor.editText(fx.row("Xây dựng dự thảo").getValue(), Column.CONTENT, TYPED);
        assertEquals(1, tasksNamed(TYPED).size(), "made again once the server is back, without reopening");
        assertEquals(1, fx.dialogs.asked().size());
    }

    @Test
    void tryingAgainWhileTheServerIsStillDownAsksAgainAndStoresNothing() throws StoreException {
        fx.dialogs.answerNext(true);
        fx.dialogs.answer(false);
        server.stop();

        fx.editor.editText(fx.row("Xây dựng dự thảo").getValue(), Column.CONTENT, TYPED);

        assertEquals(2, fx.dialogs.asked().size(), "tried once more, then left");
        assertEquals(Messages.get("editor.offline.notStored", TYPED), fx.editor.messageProperty().get());
        server.start();
        assertEquals(List.of(), tasksNamed(TYPED));
    }

    @Test
    void undoWhileTheServerIsDownSaysSoOnceAndStaysPossible() {
        fx.editor.editText(fx.row("Xây dựng dự thảo").getValue(), Column.NOTES, "Gấp");
        server.stop();

        fx.editor.undo();

        assertEquals(1, fx.dialogs.shown().size(), fx.dialogs.shown().toString());
        assertTrue(fx.dialogs.shown().get(0).endsWith(Messages.get("server.lost")), fx.dialogs.shown().get(0));
        assertTrue(fx.editor.undoManagerProperty().get().canUndoProperty().get(), "the edit can still be undone later");
    }

    private List<Task> tasksNamed(String content) throws StoreException {
        return fx.store.plans().load(planId).allTasks().stream().filter(t -> t.content().equals(content)).toList();
    }
}

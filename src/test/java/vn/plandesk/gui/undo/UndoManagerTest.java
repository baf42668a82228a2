package vn.plandesk.gui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.store.StoreException;

/** The undo history on a list of words that commands append to and remove from. */
class UndoManagerTest {
    private final List<String> document = new ArrayList<>();

    /** Appends a word; fails when told to, as a stale store write would. */
    private final class Append implements Command {
        private final String word;
        private boolean failNext;

        Append(String word) {
            this.word = word;
        }

        @Override
        public String name() {
            return "thêm " + word;
        }

        @Override
        public void execute() throws StoreException {
            if (failNext) {
                failNext = false;
                throw new StoreException(StoreException.Reason.STALE, "store.stale", 1L);
            }
            document.add(word);
        }

        @Override
        public void undo() throws StoreException {
            if (failNext) {
                failNext = false;
                throw new StoreException(StoreException.Reason.STALE, "store.stale", 1L);
            }
            document.remove(document.size() - 1);
        }
    }

    @Test
    void undoAndRedoThreeEditsInOrderWithTheirNames() throws StoreException {
        UndoManager undo = new UndoManager();
        for (String w : List.of("một", "hai", "ba")) {
            undo.run(new Append(w));
        }
        assertEquals("thêm ba", undo.undoNameProperty().get());

        assertEquals("thêm ba", undo.undo());
        assertEquals("thêm hai", undo.undo());
        assertEquals("thêm một", undo.undo());
        assertEquals(List.of(), document);
        assertFalse(undo.canUndoProperty().get());
        assertNull(undo.undo(), "nothing left to undo");

        assertEquals("thêm một", undo.redo());
        assertEquals("thêm hai", undo.redo());
        assertEquals("thêm ba", undo.redo());
        assertEquals(List.of("một", "hai", "ba"), document);
        assertFalse(undo.canRedoProperty().get());
    }

    @Test
    void aNewEditDropsWhatCouldBeRedone() throws StoreException {
        UndoManager undo = new UndoManager();
        undo.run(new Append("một"));
        undo.run(new Append("hai"));
        undo.undo();
        assertEquals("thêm hai", undo.redoNameProperty().get());

        undo.run(new Append("ba"));

        assertFalse(undo.canRedoProperty().get());
        assertNull(undo.redoNameProperty().get());
        assertEquals(List.of("một", "ba"), document);
    }

    @Test
    void keepsAtLeastAHundredStepsAndDropsTheOldestBeyondTheLimit() throws StoreException {
        UndoManager undo = new UndoManager();
        for (int i = 0; i < 250; i++) {
            undo.run(new Append("w" + i));
        }
        assertEquals(UndoManager.DEFAULT_LIMIT, undo.undoSteps());
        assertTrue(undo.undoSteps() >= 100);
        for (int i = 0; i < UndoManager.DEFAULT_LIMIT; i++) {
            undo.undo();
        }
        assertEquals(50, document.size(), "the 50 oldest edits are beyond the history");
        assertEquals("w49", document.get(49));
    }

    @Test
    void aRefusedEditIsNotKeptAndARefusedUndoStaysUndoable() throws StoreException {
        UndoManager undo = new UndoManager();
        Append refused = new Append("một");
        refused.failNext = true;
        assertThrows(StoreException.class, () -> undo.run(refused));
        assertFalse(undo.canUndoProperty().get());

        Append kept = new Append("hai");
        undo.run(kept);
        kept.failNext = true;
        assertThrows(StoreException.class, undo::undo);
        assertEquals("thêm hai", undo.undoNameProperty().get(), "still there to try again");
        assertEquals("thêm hai", undo.undo());
    }

    /** As the store's transaction: the document as it was when one of the writes fails. */
    private void asOne(CompoundCommand.Writes writes) throws StoreException {
        List<String> before = List.copyOf(document);
        try {
            writes.run();
        } catch (StoreException e) {
            document.clear();
            document.addAll(before);
            throw e;
        }
    }

    @Test
    void aCompoundIsOneBatchAndItsFailingPartsErrorIsTheOneReported() throws StoreException {
        UndoManager undo = new UndoManager();
        undo.run(new CompoundCommand(this::asOne, "dán 2 nhiệm vụ", List.of(new Append("a"), new Append("b"))));
        assertEquals(List.of("a", "b"), document);
        assertEquals("dán 2 nhiệm vụ", undo.undo());
        assertEquals(List.of(), document);

        Append failing = new Append("d");
        failing.failNext = true;
        StoreException refused = assertThrows(StoreException.class,
                () -> undo.run(new CompoundCommand(this::asOne, "dán", List.of(new Append("c"), failing))));
        assertEquals(StoreException.Reason.STALE, refused.reason());
        assertEquals(List.of(), document, "the batch was refused whole");
        assertEquals(0, undo.undoSteps());
    }
}

package vn.plandesk.gui.editor;

import java.nio.file.Path;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.TreeItem;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/** A store (in a folder unless given) and an editor on it, with a fixed clock (09:41:05 on 20/05/2026). */
public final class EditorFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T02:41:05Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    public final Store store;
    public final StoreChanges changes = new StoreChanges();
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final TaskClipboard clipboard = new TaskClipboard();
    public final PlanEditorViewModel editor;

    public EditorFixture(Path folder) throws StoreException {
        this(Store.open(folder));
    }

    /** An editor on an open store (one on a server); closing the fixture closes the store. */
    public EditorFixture(Store store) {
        this.store = store;
        editor = newEditor();
    }

    /** A second editor on the same store, as another part of the window would be. */
    public PlanEditorViewModel newEditor() {
        return new PlanEditorViewModel(store.plans(), store.units(), changes, dialogs, clipboard, CLOCK, new ImmediateTaskExecutor());
    }

    /** The row of the task or phase whose content starts with {@code start}. */
    public TreeItem<EditorRow> row(String start) {
        return find(editor.rootProperty().get(), start);
    }

    private static TreeItem<EditorRow> find(TreeItem<EditorRow> item, String start) {
        for (TreeItem<EditorRow> child : item.getChildren()) {
            String text = child.getValue() instanceof EditorRow.TaskRow t ? t.task().content()
                    : ((EditorRow.PhaseRow) child.getValue()).phase().title();
            if (text.startsWith(start)) {
                return child;
            }
            TreeItem<EditorRow> inside = find(child, start);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    @Override
    public void close() {
        store.close();
    }
}
